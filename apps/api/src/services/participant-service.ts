import type { TPrismaClient } from '@finsam/db';
import {
  checkEndReasonConsistency,
  checkParticipantConsistency,
  listMonths,
  parsePeriod,
  previousPeriod,
  sumParticipantMonths,
} from '@finsam/domain';
import type {
  TEndReason,
  TFieldError,
  TGenderCount,
  TGenderCounts,
  TInterventionKind,
  TParticipantConsistencyProblem,
  TParticipantCountsInput,
  TParticipantMeasure,
  TParticipantMeasureCounts,
  TParticipantPeriod,
  TParticipantPeriodList,
  TPeriodRange,
  TSessionUser,
} from '@finsam/domain';
import { ConflictError, ValidationError } from '../http/errors.ts';
import { findActors } from '../repositories/actor-repository.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  bumpParticipantReportIf,
  createParticipantReport,
  findParticipantReport,
  loadParticipantData,
  replaceParticipantFigures,
} from '../repositories/participant-repository.ts';
import type { TParticipantData } from '../repositories/participant-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TTx } from '../repositories/transaction.ts';
import { assertInterventionAccess } from './access-service.ts';

type TEndReasonCounts = Partial<Record<TEndReason, TGenderCounts>>;
type TGenderField = 'women' | 'men' | 'unspecified';

const GENDER_FIELD = { WOMEN: 'women', MEN: 'men', UNSPECIFIED: 'unspecified' } as const;
const GENDER_ENUM = { women: 'WOMEN', men: 'MEN', unspecified: 'UNSPECIFIED' } as const;

const KIND_TEXT: Record<TInterventionKind, string> = {
  INDIVIDUAL: 'en individinsats',
  STRUCTURAL: 'en strukturinsats',
  PRE_STUDY: 'en förstudie',
  OTHER_COOPERATION: 'en övrig samverkansinsats',
};

/** Deltagardata exist for individinsatser only (DOMAIN.md §2–3). */
export function assertIndividual(kind: TInterventionKind) {
  if (kind !== 'INDIVIDUAL') {
    throw new ConflictError(
      `Deltagardata förs bara för individinsatser. Den här insatsen är ${KIND_TEXT[kind]} och har inga deltagare.`,
    );
  }
}

function addCount<TKey extends string>(
  target: Partial<Record<TKey, TGenderCounts>>,
  key: TKey,
  gender: keyof typeof GENDER_FIELD,
  count: number,
) {
  const counts: TGenderCounts = target[key] ?? {};
  counts[GENDER_FIELD[gender]] = count;
  target[key] = counts;
}

/** The counts saved for exactly `period` (not summed from months). */
function storedCounts(data: TParticipantData, period: string) {
  const measures: TParticipantMeasureCounts = {};
  const endReasons: TEndReasonCounts = {};
  for (const row of data.figures)
    if (row.period === period) addCount(measures, row.measure, row.gender, row.count);
  for (const row of data.endReasons)
    if (row.period === period) addCount(endReasons, row.reason, row.gender, row.count);
  const report = data.reports.find((row) => row.period === period) ?? null;
  const exists =
    report !== null ||
    data.figures.some((r) => r.period === period) ||
    data.endReasons.some((r) => r.period === period);
  return { measures, endReasons, report, exists };
}

/**
 * A period's counts: saved for the period itself, or else summed from its months
 * (sumParticipantMonths: flows summed, stocks from the last month), or else nothing.
 */
export function assemblePeriod(data: TParticipantData, range: TPeriodRange) {
  const stored = storedCounts(data, range.period);
  if (stored.exists || range.kind === 'MONTH') {
    return {
      ...stored,
      source: stored.exists ? ('STORED' as const) : ('EMPTY' as const),
      months: [],
      missingMonths: [],
    };
  }
  const months = listMonths(range)
    .map((month) => ({ period: month, ...storedCounts(data, month) }))
    .filter((month) => month.exists);
  if (months.length === 0) {
    return { ...stored, source: 'EMPTY' as const, months: [], missingMonths: [] };
  }
  const sum = sumParticipantMonths(range.period, months);
  return { ...sum, report: null, exists: false, source: 'SUM_OF_MONTHS' as const };
}

function toGenderCount(counts: TGenderCounts): TGenderCount {
  return {
    women: counts.women ?? null,
    men: counts.men ?? null,
    unspecified: counts.unspecified ?? null,
  };
}

function mapRecord<TKey extends string>(record: Partial<Record<TKey, TGenderCounts>>) {
  return Object.fromEntries(
    Object.entries(record).map(([key, counts]) => [key, toGenderCount(counts as TGenderCounts)]),
  ) as Partial<Record<TKey, TGenderCount>>;
}

/** A consistency problem's path ('ENDED.women', 'END_REASONS.total') as a field of the form. */
function problemField(problem: TParticipantConsistencyProblem, prefix: string): TFieldError {
  const [subject, group] = problem.path.split('.');
  const field =
    subject === 'END_REASONS'
      ? 'endReasons'
      : group === 'total'
        ? `measures.${subject}`
        : `measures.${subject}.${group}`;
  return { path: `${prefix}${field}`, message: problem.message };
}

export function checkCounts(
  measures: TParticipantMeasureCounts,
  endReasons: TEndReasonCounts,
  previousOngoing?: TGenderCounts,
) {
  return [
    ...checkParticipantConsistency(measures, previousOngoing ?? null),
    ...checkEndReasonConsistency(measures.ENDED, endReasons),
  ];
}

function toDto(
  data: TParticipantData,
  interventionId: string,
  range: TPeriodRange,
  actors: Map<string, { id: string; name: string }>,
): TParticipantPeriod {
  const period = assemblePeriod(data, range);
  const previous = assemblePeriod(data, previousPeriod(range));
  // Saved figures may break the rules (the papers' own errors): shown, not hidden.
  const problems = checkCounts(period.measures, period.endReasons, previous.measures.ONGOING);
  return {
    interventionId,
    period: range.period,
    periodKind: range.kind,
    year: range.year,
    startMonth: range.startMonth,
    endMonth: range.endMonth,
    source: period.source,
    months: period.months,
    missingMonths: period.missingMonths,
    version: period.report?.version ?? 0,
    updatedAt: period.report?.updatedAt.toISOString() ?? null,
    updatedBy: (period.report?.updatedById && actors.get(period.report.updatedById)) || null,
    measures: mapRecord(period.measures),
    endReasons: mapRecord(period.endReasons),
    warnings: problems.map((problem) => problemField(problem, '')),
  };
}

async function loadWithActors(prisma: TPrismaClient, interventionId: string) {
  const data = await loadParticipantData(prisma, interventionId);
  const actors = await findActors(
    prisma,
    data.reports.map((row) => row.updatedById),
  );
  return { data, actors };
}

/** GET /interventions/:id/participants — every saved period, oldest first. */
export async function listParticipantPeriods(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
): Promise<TParticipantPeriodList> {
  const intervention = await assertInterventionAccess(prisma, user, interventionId, 'details');
  assertIndividual(intervention.kind);
  const { data, actors } = await loadWithActors(prisma, interventionId);
  const periods = new Set(
    [...data.figures, ...data.endReasons, ...data.reports].map((row) => row.period),
  );
  const ranges = [...periods]
    .map((period) => parsePeriod(period))
    .sort((a, b) => a.year - b.year || a.startMonth - b.startMonth || b.endMonth - a.endMonth);
  return { periods: ranges.map((range) => toDto(data, interventionId, range, actors)) };
}

/** GET /interventions/:id/participants/:period — saved, summed from months, or empty (version 0). */
export async function getParticipantPeriod(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  period: string,
): Promise<TParticipantPeriod> {
  const intervention = await assertInterventionAccess(prisma, user, interventionId, 'details');
  assertIndividual(intervention.kind);
  const { data, actors } = await loadWithActors(prisma, interventionId);
  return toDto(data, interventionId, parsePeriod(period), actors);
}

function inputToCounts(input: TParticipantCountsInput) {
  const measures: TParticipantMeasureCounts = {};
  for (const [measure, counts] of Object.entries(input.measures)) {
    if (counts) measures[measure as TParticipantMeasure] = { women: counts.women, men: counts.men };
  }
  const endReasons: TEndReasonCounts = {};
  for (const [reason, counts] of Object.entries(input.endReasons ?? {})) {
    if (counts) endReasons[reason as TEndReason] = { women: counts.women, men: counts.men };
  }
  return { measures, endReasons };
}

function toRows<TKey extends string>(record: Partial<Record<TKey, TGenderCounts>>) {
  return Object.entries(record).flatMap(([key, counts]) =>
    (['women', 'men', 'unspecified'] as TGenderField[])
      .filter((field) => typeof (counts as TGenderCounts)[field] === 'number')
      .map((field) => ({
        key: key as TKey,
        gender: GENDER_ENUM[field],
        count: (counts as TGenderCounts)[field]!,
      })),
  );
}

/**
 * PUT /interventions/:id/participants/:period — replaces the period's whole set of counts in one
 * transaction, at the version the client saw. Contradictions (a part larger than its whole) answer
 * 400 per field; an ongoing count that does not follow from the previous period is saved and
 * returned among `warnings`.
 */
export async function saveParticipantPeriod(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  period: string,
  input: TParticipantCountsInput,
): Promise<TParticipantPeriod> {
  const intervention = await assertInterventionAccess(prisma, user, interventionId, 'report');
  assertIndividual(intervention.kind);
  const range = parsePeriod(period);
  try {
    return await inTransaction(prisma, (tx) =>
      saveParticipantPeriodIn(tx, user, { ...intervention, id: interventionId }, range, input),
    );
  } catch (error) {
    // Two first saves of the same period racing: the unique index lets one through.
    if (isUniqueViolation(error)) throw new ConflictError();
    throw error;
  }
}

/** What saveParticipantPeriodIn needs of the intervention (from assertInterventionAccess). */
export interface TParticipantTarget {
  id: string;
  federationId: string;
  kind: TInterventionKind;
}

/**
 * Saves one period's counts inside the caller's transaction (a period's PUT, or one month of an
 * import, all months in one transaction). Throws ValidationError (fields prefixed `prefix`) or
 * ConflictError on a stale version.
 */
export async function saveParticipantPeriodIn(
  tx: TTx,
  user: TSessionUser,
  intervention: TParticipantTarget,
  range: TPeriodRange,
  input: TParticipantCountsInput,
  prefix = 'body.',
): Promise<TParticipantPeriod> {
  const interventionId = intervention.id;
  const { measures, endReasons } = inputToCounts(input);
  const conflict = () => new ConflictError();
  const before = await loadParticipantData(tx, interventionId);
  const previous = assemblePeriod(before, previousPeriod(range));
  const errors = checkCounts(measures, endReasons, previous.measures.ONGOING).filter(
    (problem) => problem.severity === 'ERROR',
  );
  if (errors.length > 0) {
    throw new ValidationError(
      errors.map((problem) => problemField(problem, prefix)),
      'Antalen går inte ihop. Rätta de markerade fälten.',
    );
  }
  const existing = await findParticipantReport(tx, interventionId, range.period);
  let reportId: string;
  if (existing) {
    if (
      (await bumpParticipantReportIf(tx, { id: existing.id, version: input.version }, user.id)) ===
      0
    ) {
      throw conflict();
    }
    reportId = existing.id;
  } else {
    // Never saved through the API (seeded, or new): the client must have seen version 0.
    if (input.version !== 0) throw conflict();
    reportId = (
      await createParticipantReport(tx, {
        interventionId,
        period: range.period,
        updatedById: user.id,
      })
    ).id;
  }
  const beforePeriod = storedCounts(before, range.period);
  const base = {
    federationId: intervention.federationId,
    year: range.year,
    source: `Inrapporterad av ${user.email}`,
  };
  await replaceParticipantFigures(
    tx,
    interventionId,
    range.period,
    toRows(measures).map((row) => ({
      ...base,
      startMonth: range.startMonth,
      endMonth: range.endMonth,
      measure: row.key,
      gender: row.gender,
      count: row.count,
    })),
    toRows(endReasons).map((row) => ({
      ...base,
      reason: row.key,
      gender: row.gender,
      count: row.count,
    })),
  );
  await recordAudit(tx, {
    user,
    action: existing || beforePeriod.exists ? 'update' : 'create',
    entity: 'ParticipantReport',
    entityId: reportId,
    before: beforePeriod.exists
      ? {
          interventionId,
          period: range.period,
          measures: beforePeriod.measures,
          endReasons: beforePeriod.endReasons,
        }
      : undefined,
    after: { interventionId, period: range.period, measures, endReasons },
  });
  const after = await loadParticipantData(tx, interventionId);
  const actors = await findActors(
    tx,
    after.reports.map((row) => row.updatedById),
  );
  return toDto(after, interventionId, range, actors);
}
