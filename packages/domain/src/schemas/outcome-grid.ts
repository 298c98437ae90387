import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';
import { ZId, ZNonNegativeAmountKronor, ZVersion } from './fields.ts';
import { ZInterventionKind } from './enums.ts';

/** Another stored outcome of the same intervention and year (for the year-to-date kvot). */
export const ZOutcomeGridOtherOutcome = z.object({
  period: z.string(),
  startMonth: z.int(),
  endMonth: z.int(),
  amountKronor: z.int(),
  estimated: z.boolean(),
});

/** One row of the office's outcome grid: an intervention and its outcome for the grid's period. */
export const ZOutcomeGridRow = z.object({
  interventionId: z.string(),
  key: z.string(),
  shortName: z.string(),
  fullName: z.string(),
  /** Full name, short name and other spellings, to match pasted or imported rows. */
  names: z.array(z.string()),
  kind: ZInterventionKind,
  startDate: z.string(),
  endDate: z.string(),
  /** The year's adopted budget; null when none is adopted. */
  originalBudgetKronor: z.nullable(z.int()),
  /** The year's budget with the adjustments decided up to the period end. */
  adjustedBudgetKronor: z.nullable(z.int()),
  /** The stored outcome of the grid's period; null when none is recorded. */
  outcome: z.nullable(
    z.object({
      id: z.string(),
      amountKronor: z.int(),
      estimated: z.boolean(),
      note: z.nullable(z.string()),
      version: z.int(),
    }),
  ),
  otherOutcomes: z.array(ZOutcomeGridOtherOutcome),
});
export type TOutcomeGridRow = z.infer<typeof ZOutcomeGridRow>;

/** GET /api/outcome-grids/:period: every intervention whose period overlaps the grid's period. */
export const ZOutcomeGrid = z.object({
  period: z.string(),
  year: z.int(),
  startMonth: z.int(),
  endMonth: z.int(),
  /** 'YYYY-MM-DD': the date the kvot and the adjusted budget are measured at. */
  periodEnd: z.string(),
  rows: z.array(ZOutcomeGridRow),
});
export type TOutcomeGrid = z.infer<typeof ZOutcomeGrid>;

/**
 * The grid's period: a quarter (2024Q2) or, for the half-year requisitions the papers record, a
 * half-year (2024H1).
 */
export const ZOutcomeGridParams = z.object({
  period: z.string({ error: 'Ange en period.' }).check(
    z.trim(),
    z.toUpperCase(),
    z.regex(/^\d{4}(Q[1-4]|H[12])$/, {
      error: 'Ange perioden som kvartal (2024Q2) eller halvår (2024H1).',
    }),
  ),
});

/** One row of a save: the version the office started from (null: no outcome existed). */
export const ZOutcomeGridSaveRow = strictInput({
  interventionId: ZId,
  baseVersion: z.nullable(ZVersion),
  /** null empties the cell: a stored outcome is removed. */
  amountKronor: z.nullable(ZNonNegativeAmountKronor),
  estimated: z._default(
    z.boolean({ error: 'Ange om beloppet är beräknat (ja eller nej).' }),
    false,
  ),
  note: z.nullish(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(1000, { error: 'Anteckningen är för lång (högst 1 000 tecken).' }),
      ),
  ),
});
export type TOutcomeGridSaveRow = z.infer<typeof ZOutcomeGridSaveRow>;

/** PUT /api/outcome-grids/:period (kansli): the changed rows, saved together or not at all. */
export const ZOutcomeGridSaveInput = strictInput({
  rows: z
    .array(ZOutcomeGridSaveRow, { error: 'Ange raderna som en lista.' })
    .check(
      z.minLength(1, { error: 'Inget att spara: ändra minst en rad.' }),
      z.maxLength(500, { error: 'Högst 500 rader per sparning.' }),
    ),
  source: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(300, { error: 'Källan är för lång (högst 300 tecken).' })),
  ),
});
export type TOutcomeGridSaveInput = z.infer<typeof ZOutcomeGridSaveInput>;

/** POST /api/outcome-grids/:period/requisitions/preview (kansli): a requisition list, base64. */
export const ZRequisitionImportInput = strictInput({
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
});
export type TRequisitionImportInput = z.infer<typeof ZRequisitionImportInput>;

/**
 * The preview of a requisition list (parseRequisitionList) against the grid: per intervention the
 * summed utfall and the version of what it replaces, to save through PUT /outcome-grids/:period
 * (409 if a row changed in between). Saved only when `valid`.
 */
export const ZRequisitionPreview = z.object({
  period: z.string(),
  valid: z.boolean(),
  errors: z.array(z.object({ row: z.int(), message: z.string() })),
  lines: z.array(
    z.object({
      interventionId: z.string(),
      shortName: z.string(),
      rows: z.array(z.int()),
      amountKronor: z.int(),
      estimated: z.boolean(),
      /** The stored outcome's version (null: none), for the save. */
      baseVersion: z.nullable(z.int()),
      /** What is stored now; null when none. */
      previousAmountKronor: z.nullable(z.int()),
    }),
  ),
});
export type TRequisitionPreview = z.infer<typeof ZRequisitionPreview>;
