import type {
  TConsumptionFlagThresholds,
  TDashboardBudgetAdjustment,
  TDashboardMoney,
  TDashboardMoneyRow,
  TDashboardMoneyTotal,
  TPeriodRange,
} from '@finsam/domain';
import type { TMoneyRow, TMoneyRowInput } from '@finsam/domain';
import {
  computeMoneyRow,
  computeMoneyTotal,
  isMoneyRowListed,
  periodEndDate,
} from '@finsam/domain';
import type {
  TDashboardBudgetRow,
  TDashboardInterventionRow,
  TDashboardOutcomeRow,
} from '../repositories/dashboard-data-repository.ts';
import { toInterventionRef, toIsoDate, toMemberRef } from './dashboard-dto.ts';

/** Budgets and utfall of many interventions, indexed once so every period is computed in memory. */
export interface TMoneyIndex {
  budget: (interventionId: string, year: number) => TDashboardBudgetRow | undefined;
  /** The year's budget as computeMoneyRow reads it (dates as text), converted once per budget. */
  budgetInput: (interventionId: string, year: number) => TMoneyRowInput['budget'];
  outcomes: (interventionId: string, year: number) => TDashboardOutcomeRow[];
  /**
   * Money rows already computed from this index (the page's Tabell 4 and the trend's point of the
   * shown period ask for the same ones): per index, i.e. per request; read, never changed.
   */
  computed: Map<string, TMoneyRow>;
}

export function indexMoney(
  budgets: readonly TDashboardBudgetRow[],
  outcomes: readonly TDashboardOutcomeRow[],
): TMoneyIndex {
  const budgetByKey = new Map(
    budgets.map((budget) => [`${budget.interventionId}:${budget.year}`, budget]),
  );
  const outcomesByKey = new Map<string, TDashboardOutcomeRow[]>();
  for (const outcome of outcomes) {
    const key = `${outcome.interventionId}:${outcome.year}`;
    const rows = outcomesByKey.get(key);
    if (rows) rows.push(outcome);
    else outcomesByKey.set(key, [outcome]);
  }
  const inputByKey = new Map<string, NonNullable<TMoneyRowInput['budget']>>();
  for (const [key, budget] of budgetByKey) {
    inputByKey.set(key, {
      amountKronor: budget.amountKronor,
      adjustments: budget.adjustments.map((a) => ({
        amountKronor: a.amountKronor,
        date: toIsoDate(a.date),
      })),
    });
  }
  return {
    budget: (id, year) => budgetByKey.get(`${id}:${year}`),
    budgetInput: (id, year) => inputByKey.get(`${id}:${year}`) ?? null,
    outcomes: (id, year) => outcomesByKey.get(`${id}:${year}`) ?? [],
    computed: new Map(),
  };
}

export function toAdjustmentDto(
  adjustment: TDashboardBudgetRow['adjustments'][number],
): TDashboardBudgetAdjustment {
  return {
    amountKronor: adjustment.amountKronor,
    kind: adjustment.kind,
    date: toIsoDate(adjustment.date),
    note: adjustment.note,
    source: adjustment.source,
    deviationId: adjustment.deviationId,
  };
}

/**
 * The note column of Tabell 4, in the PM's words where it has them ("Beviljades medel 2024",
 * "har medel överf från 2021"). The adjustments themselves, with their sources, are in the row.
 */
function describeRow(row: {
  year: number;
  startsThisYear: boolean;
  outcomeEstimated: boolean;
  hasOutcome: boolean;
  reason: string | null;
  adjustmentKinds: string[];
}): string | null {
  const notes: string[] = [];
  if (row.reason === 'NO_BUDGET' && row.hasOutcome) {
    notes.push(
      row.startsThisYear ? `Beviljades medel ${row.year}` : `Budget för ${row.year} saknas`,
    );
  }
  if (row.adjustmentKinds.includes('CARRY_OVER'))
    notes.push(`Har medel överförda från ${row.year - 1}`);
  if (row.adjustmentKinds.some((kind) => kind !== 'CARRY_OVER'))
    notes.push('Budgeten är justerad under året');
  if (row.outcomeEstimated) notes.push('Utfallet är beräknat');
  return notes.length > 0 ? notes.join('; ') : null;
}

/**
 * The figures of one intervention's money row for a period: the domain's `computeMoneyRow` (year
 * to date with what has been recorded; an adjustment counts from its date, so only adjustments
 * dated on or before the period's last day are in the budget), fed from the index.
 */
function computeInterventionMoney(
  intervention: TDashboardInterventionRow,
  money: TMoneyIndex,
  range: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
): TMoneyRow {
  const key = `${intervention.id}:${range.period}:${thresholds.low}:${thresholds.high}`;
  let row = money.computed.get(key);
  if (!row) {
    row = computeMoneyRow({
      range,
      budgetPeriodStart: toIsoDate(intervention.startDate),
      budgetPeriodEnd: toIsoDate(intervention.endDate),
      budget: money.budgetInput(intervention.id, range.year),
      outcomes: money.outcomes(intervention.id, range.year),
      thresholds,
    });
    money.computed.set(key, row);
  }
  return row;
}

/**
 * One intervention's row of PM Tabell 4 for a period: computeInterventionMoney with the
 * references, the adjustments in the budget and the note.
 */
export function buildMoneyRow(
  intervention: TDashboardInterventionRow,
  money: TMoneyIndex,
  range: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
  mayOpen = true,
): TDashboardMoneyRow {
  const { year } = range;
  const budget = money.budget(intervention.id, year);
  const periodEnd = periodEndDate(range);
  // The adjustments listed are those in the budget: dated on or before the period's last day.
  const adjustments = (budget?.adjustments ?? []).filter((a) => toIsoDate(a.date) <= periodEnd);
  const figures = computeInterventionMoney(intervention, money, range, thresholds);
  const { startsThisYear, ...dto } = figures;
  const note = describeRow({
    year,
    startsThisYear,
    outcomeEstimated: figures.outcomeEstimated,
    // Only a row with utfall to date gets the budget note: rows with neither the year's budget nor
    // its utfall from January (2019 H2) are explained once, by the page, not 19 times.
    hasOutcome: figures.outcomeKronor !== null,
    reason: figures.reason,
    adjustmentKinds: adjustments.map((a) => a.kind),
  });
  return {
    intervention: toInterventionRef(intervention, mayOpen),
    kind: intervention.kind,
    owner: intervention.owner ? toMemberRef(intervention.owner) : null,
    period: range.period,
    year,
    ...dto,
    adjustments: adjustments.map(toAdjustmentDto),
    note,
  };
}

function total(
  rows: readonly TDashboardMoneyRow[],
  basis: 'ADOPTED' | 'ADJUSTED',
  thresholds: TConsumptionFlagThresholds,
): TDashboardMoneyTotal {
  return computeMoneyTotal(rows, basis, thresholds);
}

/** The collation of Swedish names (å, ä, ö after z): one collator, not one per comparison. */
const SWEDISH = new Intl.Collator('sv');

/** Sort as the PM does: by the owner (municipality), then the intervention's short name. */
function byOwnerThenName(
  a: { owner: { shortName: string } | null; shortName: string },
  b: { owner: { shortName: string } | null; shortName: string },
): number {
  const owner = SWEDISH.compare(a.owner?.shortName ?? '', b.owner?.shortName ?? '');
  return owner !== 0 ? owner : SWEDISH.compare(a.shortName, b.shortName);
}

/** The money block of a dashboard: Tabell 4 rows, the totals, and the övriga samverkansinsatser. */
export function buildMoney(
  interventions: readonly TDashboardInterventionRow[],
  money: TMoneyIndex,
  range: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
  mayOpen: (interventionId: string) => boolean = () => true,
): TDashboardMoney {
  const all = interventions
    .map((i) => buildMoneyRow(i, money, range, thresholds, mayOpen(i.id)))
    .filter(isMoneyRowListed)
    .sort((a, b) =>
      byOwnerThenName(
        { owner: a.owner, shortName: a.intervention.shortName },
        { owner: b.owner, shortName: b.intervention.shortName },
      ),
    );
  const rows = all.filter((row) => row.kind !== 'OTHER_COOPERATION');
  const otherCooperationRows = all.filter((row) => row.kind === 'OTHER_COOPERATION');
  return {
    thresholds: { low: thresholds.low, high: thresholds.high },
    rows,
    total: total(rows, 'ADOPTED', thresholds),
    totalAdjusted: total(rows, 'ADJUSTED', thresholds),
    otherCooperationRows,
    otherCooperationTotal: total(otherCooperationRows, 'ADOPTED', thresholds),
  };
}

/**
 * The interventions in the order of buildMoney's rows (stable, like its sort): summing a trend
 * point's rows in the same order as the table gives the same floating-point total.
 */
export function sortForMoneyTotal(
  interventions: readonly TDashboardInterventionRow[],
): TDashboardInterventionRow[] {
  return [...interventions].sort(byOwnerThenName);
}

/**
 * `buildMoney(…).total` without the rows' references, notes and sorting: a trend point needs only
 * the total. `sorted` comes from sortForMoneyTotal.
 */
export function buildMoneyTotal(
  sorted: readonly TDashboardInterventionRow[],
  money: TMoneyIndex,
  range: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
): TDashboardMoneyTotal {
  const rows = sorted
    .filter((i) => i.kind !== 'OTHER_COOPERATION')
    .map((i) => computeInterventionMoney(i, money, range, thresholds))
    .filter(isMoneyRowListed);
  return computeMoneyTotal(rows, 'ADOPTED', thresholds);
}
