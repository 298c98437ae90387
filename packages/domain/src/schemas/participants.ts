import { z } from 'zod/mini';
import { ZFieldError } from './api-error.ts';
import { ZEndReason, ZParticipantMeasure } from './enums.ts';
import type { TEndReason, TParticipantMeasure } from './enums.ts';
import { ZHeadcount, ZVersion } from './fields.ts';
import { ZActor } from './reports.ts';
import { strictInput } from './strict-input.ts';

/**
 * A count by gender as stored: kvinnor, män, and `unspecified` where a paper gives only a total.
 * Null = not reported (which is not 0).
 */
export const ZGenderCount = z.object({
  women: z.nullable(z.int()),
  men: z.nullable(z.int()),
  unspecified: z.nullable(z.int()),
});
export type TGenderCount = z.infer<typeof ZGenderCount>;

/** A count by gender as entered: K and M, both required. Only aggregates, never a person. */
export const ZGenderCountInput = strictInput({ women: ZHeadcount, men: ZHeadcount });
export type TGenderCountInput = z.infer<typeof ZGenderCountInput>;

function optionalEach<const TKeys extends readonly string[], TSchema extends z.ZodMiniType>(
  keys: TKeys,
  schema: TSchema,
) {
  return Object.fromEntries(keys.map((key) => [key, z.optional(schema)])) as {
    [K in TKeys[number]]: z.ZodMiniOptional<TSchema>;
  };
}

/** Where a period's figures come from: saved for the period itself, summed from its months, or none. */
export const ZParticipantSource = z.enum(['STORED', 'SUM_OF_MONTHS', 'EMPTY']);
export type TParticipantSource = z.infer<typeof ZParticipantSource>;

/** Deltagardata of one intervention for one period, per measure and end reason, by gender. */
export const ZParticipantPeriod = z.object({
  interventionId: z.string(),
  /** Normalised period text: '2024', '2024H1', '2024Q3', '2024-05'. */
  period: z.string(),
  periodKind: z.enum(['YEAR', 'HALF', 'QUARTER', 'MONTH']),
  year: z.int(),
  startMonth: z.int(),
  endMonth: z.int(),
  source: ZParticipantSource,
  /** SUM_OF_MONTHS: the months that were summed, and those of the period that have no data yet. */
  months: z.array(z.string()),
  missingMonths: z.array(z.string()),
  /** Send this back with PUT. 0 for a period never saved through the API. */
  version: z.int(),
  updatedAt: z.nullable(z.string()),
  updatedBy: z.nullable(ZActor),
  measures: z.partialRecord(ZParticipantMeasure, ZGenderCount),
  endReasons: z.partialRecord(ZEndReason, ZGenderCount),
  /** Consistency warnings (e.g. pågående ≠ förra periodens pågående + inregistrerade − avslutade). */
  warnings: z.array(ZFieldError),
});
export type TParticipantPeriod = z.infer<typeof ZParticipantPeriod>;

/**
 * PUT /api/interventions/:id/participants/:period: the whole period's counts, replacing what was
 * saved. A measure left out is "not reported". Unknown fields are refused: there is no place for
 * anything about a person.
 */
export const ZParticipantCountsInput = strictInput({
  version: ZVersion,
  measures: strictInput(optionalEach(ZParticipantMeasure.options, ZGenderCountInput)),
  endReasons: z.optional(strictInput(optionalEach(ZEndReason.options, ZGenderCountInput))),
});
export type TParticipantCountsInput = z.infer<typeof ZParticipantCountsInput>;

/** Swedish names of the measures, for messages and forms (DOMAIN.md §3 Deltagardata). */
export const PARTICIPANT_MEASURE_LABELS: Record<TParticipantMeasure, string> = {
  REGISTERED: 'Inregistrerade',
  ENDED: 'Avslutade',
  ENDED_WHOLE_PERIOD: 'Avslutade under hela insatsperioden',
  ONGOING: 'Pågående vid periodens slut',
  MOVED_TO_SUCCESSOR: 'Gått vidare till efterföljande insats',
  ENDED_TO_WORK_OR_STUDIES: 'Avslutade till arbete och/eller studier',
  ENDED_TO_JOB_SEEKING: 'Avslutade som arbetssökande',
  ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: 'Avslutade till arbete och/eller studier/arbetssökande',
  ANONYMOUS_REGISTERED: 'Anonymt inskrivna',
  ENDED_WITH_ACTION_PLAN: 'Avslutade med handlingsplan',
  ENDED_WITH_REHABILITATION_PLAN: 'Avslutade med plan för vidare rehabilitering',
};

/** Swedish names of the end reasons (avslutsorsaker, seed 2019 Tabell 7, 2022 Tabell 9). */
export const END_REASON_LABELS: Record<TEndReason, string> = {
  UNSUBSIDISED_WORK: 'Ej subventionerat arbete',
  SUBSIDISED_WORK: 'Subventionerat arbete',
  OWN_BUSINESS: 'Eget företag',
  STUDIES: 'Studier',
  WORK_AND_STUDIES: 'Både arbete och studier',
  ACTIVE_JOB_SEEKING: 'Aktivt arbetssökande',
  CONTINUED_REHABILITATION: 'Fortsatt rehabilitering',
  ILLNESS: 'Sjukdom',
  PARENTAL_LEAVE: 'Föräldraledighet',
  MOVED: 'Flytt',
  OTHER: 'Övrigt/utan mätning',
};

/** GET /api/interventions/:id/participants: every period saved for the intervention, oldest first. */
export const ZParticipantPeriodList = z.object({ periods: z.array(ZParticipantPeriod) });
export type TParticipantPeriodList = z.infer<typeof ZParticipantPeriodList>;

/**
 * POST /api/interventions/:id/participants/import/preview and …/import: a CSV (semicolon or comma
 * separated, UTF-8) or XLSX file of monthly counts, base64-encoded. Saving sends the versions the
 * preview showed, so a month changed in between answers 409.
 */
export const ZParticipantImportInput = strictInput({
  fileName: z.string({ error: 'Välj en fil.' }).check(
    z.trim(),
    z.minLength(1, { error: 'Välj en fil.' }),
    z.maxLength(255, { error: 'Filnamnet är för långt.' }),
    z.regex(/\.(csv|xlsx)$/i, {
      error: 'Filen ska vara en CSV- eller Excel-fil (.csv eller .xlsx).',
    }),
  ),
  contentBase64: z
    .string({ error: 'Filen är tom.' })
    .check(
      z.minLength(1, { error: 'Filen är tom.' }),
      z.maxLength(190_000, { error: 'Filen är för stor (högst 140 kB).' }),
    ),
  versions: z.optional(z.record(z.string(), ZVersion)),
});
export type TParticipantImportInput = z.infer<typeof ZParticipantImportInput>;

/** One month of an import preview: its counts, the consistency warnings, the version it replaces. */
export const ZParticipantImportMonth = z.object({
  month: z.string(),
  rows: z.array(z.int()),
  measures: z.partialRecord(ZParticipantMeasure, z.object({ women: z.number(), men: z.number() })),
  endReasons: z.partialRecord(ZEndReason, z.object({ women: z.number(), men: z.number() })),
  /** Contradictions (ERROR) make the file invalid; WARNINGs are saved and shown. */
  problems: z.array(z.extend(ZFieldError, { severity: z.enum(['ERROR', 'WARNING']) })),
  version: z.int(),
  /** The month already has saved counts that the import would replace. */
  replaces: z.boolean(),
});
export type TParticipantImportMonthDto = z.infer<typeof ZParticipantImportMonth>;

export const ZParticipantImportPreview = z.object({
  fileName: z.string(),
  valid: z.boolean(),
  months: z.array(ZParticipantImportMonth),
  errors: z.array(z.object({ row: z.int(), message: z.string() })),
});
export type TParticipantImportPreview = z.infer<typeof ZParticipantImportPreview>;

/** POST …/participants/import: what was saved. */
export const ZParticipantImportResult = z.object({
  savedMonths: z.array(z.string()),
});
export type TParticipantImportResult = z.infer<typeof ZParticipantImportResult>;
