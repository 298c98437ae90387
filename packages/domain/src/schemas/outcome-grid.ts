import { z } from 'zod';
import { strictInput } from './strict-input.ts';
import { ZId, ZNonNegativeAmountKronor, ZVersion } from './fields.ts';
import { ZInterventionKind } from './enums.ts';

/** Another stored outcome of the same intervention and year (for the year-to-date kvot). */
export const ZOutcomeGridOtherOutcome = z.object({
  period: z.string(),
  startMonth: z.number().int(),
  endMonth: z.number().int(),
  amountKronor: z.number().int(),
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
  originalBudgetKronor: z.number().int().nullable(),
  /** The year's budget with the adjustments decided up to the period end. */
  adjustedBudgetKronor: z.number().int().nullable(),
  /** The stored outcome of the grid's period; null when none is recorded. */
  outcome: z
    .object({
      id: z.string(),
      amountKronor: z.number().int(),
      estimated: z.boolean(),
      note: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
  otherOutcomes: z.array(ZOutcomeGridOtherOutcome),
});
export type TOutcomeGridRow = z.infer<typeof ZOutcomeGridRow>;

/** GET /api/outcome-grids/:period: every intervention whose period overlaps the grid's period. */
export const ZOutcomeGrid = z.object({
  period: z.string(),
  year: z.number().int(),
  startMonth: z.number().int(),
  endMonth: z.number().int(),
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
  period: z
    .string({ error: 'Ange en period.' })
    .trim()
    .toUpperCase()
    .regex(/^\d{4}(Q[1-4]|H[12])$/, {
      error: 'Ange perioden som kvartal (2024Q2) eller halvår (2024H1).',
    }),
});

/** One row of a save: the version the office started from (null: no outcome existed). */
export const ZOutcomeGridSaveRow = strictInput({
  interventionId: ZId,
  baseVersion: ZVersion.nullable(),
  /** null empties the cell: a stored outcome is removed. */
  amountKronor: ZNonNegativeAmountKronor.nullable(),
  estimated: z.boolean({ error: 'Ange om beloppet är beräknat (ja eller nej).' }).default(false),
  note: z
    .string()
    .trim()
    .max(1000, { error: 'Anteckningen är för lång (högst 1 000 tecken).' })
    .nullish(),
});
export type TOutcomeGridSaveRow = z.infer<typeof ZOutcomeGridSaveRow>;

/** PUT /api/outcome-grids/:period (kansli): the changed rows, saved together or not at all. */
export const ZOutcomeGridSaveInput = strictInput({
  rows: z
    .array(ZOutcomeGridSaveRow, { error: 'Ange raderna som en lista.' })
    .min(1, { error: 'Inget att spara: ändra minst en rad.' })
    .max(500, { error: 'Högst 500 rader per sparning.' }),
  source: z
    .string()
    .trim()
    .max(300, { error: 'Källan är för lång (högst 300 tecken).' })
    .optional(),
});
export type TOutcomeGridSaveInput = z.infer<typeof ZOutcomeGridSaveInput>;

/** POST /api/outcome-grids/:period/requisitions/preview (kansli): a requisition list, base64. */
export const ZRequisitionImportInput = strictInput({
  fileName: z
    .string({ error: 'Välj en fil.' })
    .trim()
    .min(1, { error: 'Välj en fil.' })
    .max(255, { error: 'Filnamnet är för långt.' })
    .regex(/\.(csv|xlsx)$/i, {
      error: 'Filen ska vara en CSV- eller Excel-fil (.csv eller .xlsx).',
    }),
  contentBase64: z
    .string({ error: 'Filen är tom.' })
    .min(1, { error: 'Filen är tom.' })
    .max(190_000, { error: 'Filen är för stor (högst 140 kB).' }),
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
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
  lines: z.array(
    z.object({
      interventionId: z.string(),
      shortName: z.string(),
      rows: z.array(z.number().int()),
      amountKronor: z.number().int(),
      estimated: z.boolean(),
      /** The stored outcome's version (null: none), for the save. */
      baseVersion: z.number().int().nullable(),
      /** What is stored now; null when none. */
      previousAmountKronor: z.number().int().nullable(),
    }),
  ),
});
export type TRequisitionPreview = z.infer<typeof ZRequisitionPreview>;
