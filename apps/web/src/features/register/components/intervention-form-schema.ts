import { z } from 'zod/mini';
import {
  parseKronorText,
  ZInterventionCreateInput,
  type TInterventionCreateInput,
  type TInterventionDetail,
} from '@finsam/domain';

const emptyToNull = (value: unknown) => (value === '' ? null : value);
const linesToList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : value;
const toCount = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const parsed = parseKronorText(value);
  return parsed.ok ? (parsed.kronor ?? undefined) : Number.NaN;
};

/** The inputs' text as the API's input: one alias per line, "" for "none", counts as numbers. */
function fromInputs(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  return {
    ...v,
    aliases: linesToList(v.aliases),
    ownerId: emptyToNull(v.ownerId),
    aim: emptyToNull(v.aim),
    lastIntakeDate: emptyToNull(v.lastIntakeDate),
    predecessorId: emptyToNull(v.predecessorId),
    goals: Array.isArray(v.goals)
      ? v.goals.map((g: Record<string, unknown>) => ({ ...g, target: emptyToNull(g.target) }))
      : v.goals,
    expectedParticipants: Array.isArray(v.expectedParticipants)
      ? v.expectedParticipants.map((e: Record<string, unknown>) => ({
          ...e,
          count: toCount(e.count),
          note: emptyToNull(e.note),
        }))
      : v.expectedParticipants,
  };
}

/**
 * The register's form schema: the shared POST /interventions schema itself (its messages and
 * cross-field checks), applied to what the inputs hold after `fromInputs`.
 */
export const ZInterventionForm = z.pipe(
  z.transform(fromInputs),
  ZInterventionCreateInput,
) as unknown as z.ZodMiniType<TInterventionCreateInput, TInterventionFormValues>;
export type TInterventionFormOutput = TInterventionCreateInput;

/** What the form's inputs hold (all text or lists of text). */
export interface TInterventionFormValues {
  fullName: string;
  shortName: string;
  aliases: string;
  ownerId: string;
  partnerIds: string[];
  kind: string;
  aim: string;
  status: string;
  startDate: string;
  endDate: string;
  lastIntakeDate: string;
  singleGenderTargetGroup: boolean;
  predecessorId: string;
  goals: { level: string; text: string; target: string }[];
  expectedParticipants: { count: string; kind: string; note: string; source?: string }[];
  source: string;
}

export const EMPTY_INTERVENTION: TInterventionFormValues = {
  fullName: '',
  shortName: '',
  aliases: '',
  ownerId: '',
  partnerIds: [],
  kind: 'INDIVIDUAL',
  aim: '',
  status: 'GRANTED',
  startDate: '',
  endDate: '',
  lastIntakeDate: '',
  singleGenderTargetGroup: false,
  predecessorId: '',
  goals: [],
  expectedParticipants: [],
  source: '',
};

/** A stored intervention as the form's values. */
export function toFormValues(detail: TInterventionDetail): TInterventionFormValues {
  return {
    fullName: detail.fullName,
    shortName: detail.shortName,
    aliases: detail.aliases.join('\n'),
    ownerId: detail.owner?.id ?? '',
    partnerIds: detail.partners.map((p) => p.id),
    kind: detail.kind,
    aim: detail.aim ?? '',
    status: detail.status,
    startDate: detail.startDate,
    endDate: detail.endDate,
    lastIntakeDate: detail.lastIntakeDate ?? '',
    singleGenderTargetGroup: detail.singleGenderTargetGroup,
    predecessorId: detail.predecessor?.id ?? '',
    goals: detail.goals.map((g) => ({ level: g.level, text: g.text, target: g.target ?? '' })),
    expectedParticipants: detail.expectedParticipants.map((e) => ({
      count: String(e.count),
      kind: e.kind,
      note: e.note ?? '',
      source: e.source,
    })),
    source: detail.source,
  };
}
