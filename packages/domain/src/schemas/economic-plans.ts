import { z } from 'zod';
import { strictInput } from './strict-input.ts';
import { ZPlanColumnKind, ZPlanLineCategory } from './enums.ts';
import { ZAmountKronor, ZIsoDate, ZVersion, ZYear } from './fields.ts';

/** A column of the plan as printed: "Budget 2024", "Prognos 2024", "Prel 2025". */
export const ZEconomicPlanColumn = z.object({
  id: z.string(),
  key: z.string(),
  year: z.number().int(),
  kind: ZPlanColumnKind,
  label: z.string(),
});
export type TEconomicPlanColumn = z.infer<typeof ZEconomicPlanColumn>;

/** A line of the plan; `amounts` maps column key → whole kronor, null for an empty cell. */
export const ZEconomicPlanLine = z.object({
  id: z.string(),
  category: ZPlanLineCategory,
  label: z.string(),
  /** The intervention the line is for (INTERVENTION lines), when known. */
  interventionId: z.string().nullable(),
  ownerLabel: z.string().nullable(),
  amounts: z.record(z.string(), z.number().int().nullable()),
});
export type TEconomicPlanLine = z.infer<typeof ZEconomicPlanLine>;

/** Beslutsutrymme of one column, computed by the domain's computeBudgetHeadroom; unrounded kronor. */
export const ZBudgetHeadroomColumnDto = z.object({
  key: z.string(),
  year: z.number().int(),
  kind: ZPlanColumnKind,
  memberFeesKronor: z.number().int(),
  otherIncomeKronor: z.number().int(),
  incomeKronor: z.number().int(),
  electedOfficialsKronor: z.number().int(),
  administrationKronor: z.number().int(),
  administrationEsfKronor: z.number().int(),
  interventionsKronor: z.number().int(),
  otherCooperationKronor: z.number().int(),
  cooperationKronor: z.number().int(),
  costsKronor: z.number().int(),
  yearResultKronor: z.number().int(),
  openingSurplusKronor: z.number().int(),
  openedFromKey: z.string().nullable(),
  totalOpeningHeadroomKronor: z.number().int(),
  remainingHeadroomKronor: z.number().int(),
  pendingApplicationsKronor: z.number().int().nullable(),
  remainingHeadroomAfterApplicationsKronor: z.number().int().nullable(),
  closingHeadroomKronor: z.number().int(),
});
export type TBudgetHeadroomColumnDto = z.infer<typeof ZBudgetHeadroomColumnDto>;

/** A plan as listed: which years its columns cover. */
export const ZEconomicPlanSummary = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  asOfDate: z.string(),
  years: z.array(z.number().int()),
  version: z.number().int(),
});
export type TEconomicPlanSummary = z.infer<typeof ZEconomicPlanSummary>;

/** GET /api/economic-plans: newest first. */
export const ZEconomicPlanList = z.object({ plans: z.array(ZEconomicPlanSummary) });
export type TEconomicPlanList = z.infer<typeof ZEconomicPlanList>;

/**
 * GET /api/economic-plans/:year: the förbund's newest plan ("Ekonomisk information per …") whose
 * columns include the year, with the computed beslutsutrymme per column and the paper's own
 * printed rows, so the UI can show where the paper differs from the computation.
 */
export const ZEconomicPlan = ZEconomicPlanSummary.extend({
  /** The year asked for. */
  year: z.number().int(),
  /** "Över- underskott från tidigare år" the first year opens with; reservfond excluded. */
  openingSurplusKronor: z.number().int(),
  openingSurplusNote: z.string().nullable(),
  /** Shown, never counted. */
  reserveFundKronor: z.number().int().nullable(),
  source: z.string(),
  columns: z.array(ZEconomicPlanColumn),
  lines: z.array(ZEconomicPlanLine),
  headroom: z.object({
    /** Whether "före / efter föreslagna ansökningar" rows apply. */
    hasPendingApplications: z.boolean(),
    columns: z.array(ZBudgetHeadroomColumnDto),
  }),
  /** The paper's printed result rows: row label → column key → cell text as printed. */
  printed: z.record(z.string(), z.record(z.string(), z.string())).nullable(),
});
export type TEconomicPlan = z.infer<typeof ZEconomicPlan>;

export const ZEconomicPlanParams = z.object({ year: ZYear });

/** PUT /api/economic-plans/:year (kansli): changes cells of that year's plan; null empties a cell. */
export const ZEconomicPlanAmountsInput = strictInput({
  version: ZVersion,
  amounts: z
    .array(
      strictInput({
        lineId: z.string({ error: 'Ange raden.' }).min(1, { error: 'Ange raden.' }).max(64),
        columnKey: z
          .string({ error: 'Ange kolumnen.' })
          .min(1, { error: 'Ange kolumnen.' })
          .max(64),
        amountKronor: ZAmountKronor.nullable(),
      }),
      { error: 'Ange beloppen som en lista.' },
    )
    .min(1, { error: 'Ange minst ett belopp.' })
    .max(2000, { error: 'Högst 2 000 belopp per ändring.' }),
});
export type TEconomicPlanAmountsInput = z.infer<typeof ZEconomicPlanAmountsInput>;

/** GET /api/economic-plans/by-id/:id: one saved plan, as it stood on its date. */
export const ZEconomicPlanIdParams = z.object({
  id: z.string().min(1, { error: 'Id saknas.' }).max(64),
});

/** A line added to a new plan: a new intervention, övrig samverkansinsats or pending application. */
export const ZEconomicPlanNewLine = strictInput({
  category: ZPlanLineCategory,
  label: z
    .string({ error: 'Ange radens namn.' })
    .trim()
    .min(1, { error: 'Ange radens namn.' })
    .max(200, { error: 'Namnet är för långt (högst 200 tecken).' }),
  interventionId: z.string().min(1).max(64).nullish(),
  ownerLabel: z.string().trim().max(200, { error: 'För långt (högst 200 tecken).' }).nullish(),
  /** Column key → whole kronor. */
  amounts: z.record(z.string().max(64), ZAmountKronor),
});
export type TEconomicPlanNewLine = z.infer<typeof ZEconomicPlanNewLine>;

/**
 * POST /api/economic-plans (kansli): saves a NEW plan that starts from the förbund's newest one
 * (`basePlanId` at `baseVersion`), with the changed cells and added lines. The base plan is kept
 * unchanged with its date, so a past period shows the plan as it stood then.
 */
export const ZEconomicPlanCreateInput = strictInput({
  basePlanId: z.string({ error: 'Ange planen du utgick från.' }).min(1).max(64),
  baseVersion: ZVersion,
  asOfDate: ZIsoDate,
  title: z
    .string()
    .trim()
    .max(200, { error: 'Rubriken är för lång (högst 200 tecken).' })
    .optional(),
  openingSurplusKronor: ZAmountKronor.optional(),
  amounts: z
    .array(
      strictInput({
        lineId: z.string({ error: 'Ange raden.' }).min(1, { error: 'Ange raden.' }).max(64),
        columnKey: z
          .string({ error: 'Ange kolumnen.' })
          .min(1, { error: 'Ange kolumnen.' })
          .max(64),
        amountKronor: ZAmountKronor.nullable(),
      }),
      { error: 'Ange beloppen som en lista.' },
    )
    .max(2000, { error: 'Högst 2 000 belopp per sparning.' })
    .default([]),
  newLines: z.array(ZEconomicPlanNewLine).max(100, { error: 'Högst 100 nya rader.' }).default([]),
  /** Lines of the base plan left out of the new plan (the base keeps them, with its date). */
  removedLineIds: z
    .array(z.string().min(1, { error: 'Ange raden.' }).max(64), {
      error: 'Ange raderna som en lista.',
    })
    .max(500, { error: 'Högst 500 borttagna rader.' })
    .default([]),
});
export type TEconomicPlanCreateInput = z.infer<typeof ZEconomicPlanCreateInput>;

/** `?asOf=2024-06-30` on GET /api/economic-plans/:year: the plan as it stood on that day. */
export const ZEconomicPlanAsOfQuery = z.object({ asOf: ZIsoDate.optional() });
export type TEconomicPlanAsOfQuery = z.infer<typeof ZEconomicPlanAsOfQuery>;
