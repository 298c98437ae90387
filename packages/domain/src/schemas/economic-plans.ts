import { z } from 'zod/mini';
import { strictInput } from './strict-input.ts';
import { ZPlanColumnKind, ZPlanLineCategory } from './enums.ts';
import { ZAmountKronor, ZIsoDate, ZVersion, ZYear } from './fields.ts';

/** A column of the plan as printed: "Budget 2024", "Prognos 2024", "Prel 2025". */
export const ZEconomicPlanColumn = z.object({
  id: z.string(),
  key: z.string(),
  year: z.int(),
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
  interventionId: z.nullable(z.string()),
  ownerLabel: z.nullable(z.string()),
  amounts: z.record(z.string(), z.nullable(z.int())),
});
export type TEconomicPlanLine = z.infer<typeof ZEconomicPlanLine>;

/** Beslutsutrymme of one column, computed by the domain's computeBudgetHeadroom; unrounded kronor. */
export const ZBudgetHeadroomColumnDto = z.object({
  key: z.string(),
  year: z.int(),
  kind: ZPlanColumnKind,
  memberFeesKronor: z.int(),
  otherIncomeKronor: z.int(),
  incomeKronor: z.int(),
  electedOfficialsKronor: z.int(),
  administrationKronor: z.int(),
  administrationEsfKronor: z.int(),
  interventionsKronor: z.int(),
  otherCooperationKronor: z.int(),
  cooperationKronor: z.int(),
  costsKronor: z.int(),
  yearResultKronor: z.int(),
  openingSurplusKronor: z.int(),
  openedFromKey: z.nullable(z.string()),
  totalOpeningHeadroomKronor: z.int(),
  remainingHeadroomKronor: z.int(),
  pendingApplicationsKronor: z.nullable(z.int()),
  remainingHeadroomAfterApplicationsKronor: z.nullable(z.int()),
  closingHeadroomKronor: z.int(),
});
export type TBudgetHeadroomColumnDto = z.infer<typeof ZBudgetHeadroomColumnDto>;

/** A plan as listed: which years its columns cover. */
export const ZEconomicPlanSummary = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  asOfDate: z.string(),
  years: z.array(z.int()),
  version: z.int(),
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
export const ZEconomicPlan = z.extend(ZEconomicPlanSummary, {
  /** The year asked for. */
  year: z.int(),
  /** "Över- underskott från tidigare år" the first year opens with; reservfond excluded. */
  openingSurplusKronor: z.int(),
  openingSurplusNote: z.nullable(z.string()),
  /** Shown, never counted. */
  reserveFundKronor: z.nullable(z.int()),
  source: z.string(),
  columns: z.array(ZEconomicPlanColumn),
  lines: z.array(ZEconomicPlanLine),
  headroom: z.object({
    /** Whether "före / efter föreslagna ansökningar" rows apply. */
    hasPendingApplications: z.boolean(),
    columns: z.array(ZBudgetHeadroomColumnDto),
  }),
  /** The paper's printed result rows: row label → column key → cell text as printed. */
  printed: z.nullable(z.record(z.string(), z.record(z.string(), z.string()))),
});
export type TEconomicPlan = z.infer<typeof ZEconomicPlan>;

export const ZEconomicPlanParams = z.object({ year: ZYear });

/** One cell of a plan as sent: its line, its column and the amount (null empties it). */
const ZPlanAmountCell = strictInput({
  lineId: z
    .string({ error: 'Ange raden.' })
    .check(z.minLength(1, { error: 'Ange raden.' }), z.maxLength(64)),
  columnKey: z
    .string({ error: 'Ange kolumnen.' })
    .check(z.minLength(1, { error: 'Ange kolumnen.' }), z.maxLength(64)),
  amountKronor: z.nullable(ZAmountKronor),
});

/** PUT /api/economic-plans/:year (kansli): changes cells of that year's plan; null empties a cell. */
export const ZEconomicPlanAmountsInput = strictInput({
  version: ZVersion,
  amounts: z
    .array(ZPlanAmountCell, { error: 'Ange beloppen som en lista.' })
    .check(
      z.minLength(1, { error: 'Ange minst ett belopp.' }),
      z.maxLength(2000, { error: 'Högst 2 000 belopp per ändring.' }),
    ),
});
export type TEconomicPlanAmountsInput = z.infer<typeof ZEconomicPlanAmountsInput>;

/** GET /api/economic-plans/by-id/:id: one saved plan, as it stood on its date. */
export const ZEconomicPlanIdParams = z.object({
  id: z.string().check(z.minLength(1, { error: 'Id saknas.' }), z.maxLength(64)),
});

/** A line added to a new plan: a new intervention, övrig samverkansinsats or pending application. */
export const ZEconomicPlanNewLine = strictInput({
  category: ZPlanLineCategory,
  label: z
    .string({ error: 'Ange radens namn.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Ange radens namn.' }),
      z.maxLength(200, { error: 'Namnet är för långt (högst 200 tecken).' }),
    ),
  interventionId: z.nullish(z.string().check(z.minLength(1), z.maxLength(64))),
  ownerLabel: z.nullish(
    z.string().check(z.trim(), z.maxLength(200, { error: 'För långt (högst 200 tecken).' })),
  ),
  /** Column key → whole kronor. */
  amounts: z.record(z.string().check(z.maxLength(64)), ZAmountKronor),
});
export type TEconomicPlanNewLine = z.infer<typeof ZEconomicPlanNewLine>;

/**
 * POST /api/economic-plans (kansli): saves a NEW plan that starts from the förbund's newest one
 * (`basePlanId` at `baseVersion`), with the changed cells and added lines. The base plan is kept
 * unchanged with its date, so a past period shows the plan as it stood then.
 */
export const ZEconomicPlanCreateInput = strictInput({
  basePlanId: z
    .string({ error: 'Ange planen du utgick från.' })
    .check(z.minLength(1), z.maxLength(64)),
  baseVersion: ZVersion,
  asOfDate: ZIsoDate,
  title: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(200, { error: 'Rubriken är för lång (högst 200 tecken).' })),
  ),
  openingSurplusKronor: z.optional(ZAmountKronor),
  amounts: z._default(
    z
      .array(ZPlanAmountCell, { error: 'Ange beloppen som en lista.' })
      .check(z.maxLength(2000, { error: 'Högst 2 000 belopp per sparning.' })),
    [],
  ),
  newLines: z._default(
    z.array(ZEconomicPlanNewLine).check(z.maxLength(100, { error: 'Högst 100 nya rader.' })),
    [],
  ),
  /** Lines of the base plan left out of the new plan (the base keeps them, with its date). */
  removedLineIds: z._default(
    z
      .array(z.string().check(z.minLength(1, { error: 'Ange raden.' }), z.maxLength(64)), {
        error: 'Ange raderna som en lista.',
      })
      .check(z.maxLength(500, { error: 'Högst 500 borttagna rader.' })),
    [],
  ),
});
export type TEconomicPlanCreateInput = z.infer<typeof ZEconomicPlanCreateInput>;

/** `?asOf=2024-06-30` on GET /api/economic-plans/:year: the plan as it stood on that day. */
export const ZEconomicPlanAsOfQuery = z.object({ asOf: z.optional(ZIsoDate) });
export type TEconomicPlanAsOfQuery = z.infer<typeof ZEconomicPlanAsOfQuery>;
