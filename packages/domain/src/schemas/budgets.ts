import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';
import { ZBudgetAdjustmentKind } from './enums.ts';
import { ZAmountKronor, ZId, ZIsoDate, ZNonNegativeAmountKronor, ZYear } from './fields.ts';

/** A dated, sourced change of a year's budget: carry-over, additional grant, deviation, other. */
export const ZBudgetAdjustment = z.object({
  id: z.string(),
  amountKronor: z.int(),
  kind: ZBudgetAdjustmentKind,
  /** Decision date `YYYY-MM-DD`. */
  date: z.string(),
  note: z.string(),
  source: z.string(),
  /** The approved deviation (avvikelse) that made this change, if any. */
  deviationId: z.nullable(z.string()),
});
export type TBudgetAdjustment = z.infer<typeof ZBudgetAdjustment>;

/**
 * An intervention's budget for one year: the adopted (original) amount, the approved
 * adjustments, and the adjusted budget (justerad budget) the förbrukningskvot is computed against.
 */
export const ZAnnualBudget = z.object({
  id: z.string(),
  interventionId: z.string(),
  year: z.int(),
  /** As adopted in the economic plan; 0 when money was granted after adoption. */
  originalKronor: z.int(),
  adjustments: z.array(ZBudgetAdjustment),
  /** Original + every adjustment (computeAdjustedBudget). */
  adjustedKronor: z.int(),
  /** Beviljat belopp for the year, when the board decision gives one. */
  grantedKronor: z.nullable(z.int()),
  source: z.string(),
  version: z.int(),
});
export type TAnnualBudget = z.infer<typeof ZAnnualBudget>;

/** GET /api/interventions/:id/budgets: every year, oldest first. */
export const ZAnnualBudgetList = z.object({
  interventionId: z.string(),
  budgets: z.array(ZAnnualBudget),
});
export type TAnnualBudgetList = z.infer<typeof ZAnnualBudgetList>;

export const ZBudgetYearParams = z.object({ id: ZId, year: ZYear });

const ZSourceText = z
  .string()
  .check(z.trim(), z.maxLength(300, { error: 'Källan är för lång (högst 300 tecken).' }));

/** Required when the budget already exists, so a change based on stale figures is refused (409). */
const ZBudgetVersion = z
  .number({ error: 'Ange versionen du utgick från.' })
  .check(
    z.int({ error: 'Ange versionen du utgick från.' }),
    z.gte(0, { error: 'Ange versionen du utgick från.' }),
  );

/**
 * PUT /api/interventions/:id/budgets/:year (kansli): sets the adopted amount. Creates the year's
 * budget when there is none; otherwise `version` is required.
 */
export const ZAnnualBudgetPutInput = strictInput({
  amountKronor: ZNonNegativeAmountKronor,
  version: z.optional(ZBudgetVersion),
  source: z.optional(ZSourceText),
});
export type TAnnualBudgetPutInput = z.infer<typeof ZAnnualBudgetPutInput>;

/**
 * POST /api/interventions/:id/budgets/:year/adjustments (kansli): a dated, sourced change. Creates
 * the year's budget at 0 kr when there is none (money granted after the budget was adopted).
 */
export const ZBudgetAdjustmentCreateInput = strictInput({
  amountKronor: ZAmountKronor.check(
    z.refine((value) => value !== 0, {
      error: 'En ändring kan inte vara 0 kr.',
    }),
  ),
  kind: z.enum(ZBudgetAdjustmentKind.options, {
    error:
      'Välj slag av ändring: överföring från föregående år, tilläggsbeslut, avvikelse eller övrigt.',
  }),
  date: ZIsoDate,
  note: z
    .string({ error: 'Beskriv ändringen, t.ex. "Medel överförda från 2023".' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Beskriv ändringen, t.ex. "Medel överförda från 2023".' }),
      z.maxLength(1000, { error: 'Beskrivningen är för lång (högst 1 000 tecken).' }),
    ),
  source: z.optional(ZSourceText),
  version: z.optional(ZBudgetVersion),
});
export type TBudgetAdjustmentCreateInput = z.infer<typeof ZBudgetAdjustmentCreateInput>;
