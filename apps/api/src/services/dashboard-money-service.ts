import type {
  TConsumptionFlagThresholds,
  TDashboardBudgetAdjustment,
  TDashboardMoney,
  TDashboardMoneyRow,
  TDashboardMoneyTotal,
  TPeriodRange,
} from '@finsam/domain';
import {
  computeAdjustedBudget,
  computeConsumptionRatio,
  computeConsumptionTotal,
  computeElapsedShare,
  flagConsumptionRatio,
  periodEndDate,
  sumOutcomeToDate,
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
  outcomes: (interventionId: string, year: number) => TDashboardOutcomeRow[];
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
    outcomesByKey.set(key, [...(outcomesByKey.get(key) ?? []), outcome]);
  }
  return {
    budget: (id, year) => budgetByKey.get(`${id}:${year}`),
    outcomes: (id, year) => outcomesByKey.get(`${id}:${year}`) ?? [],
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
  reason: string | undefined;
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
 * One intervention's row of PM Tabell 4 for a period: utfall 1 Jan → period end against the
 * year's adjusted budget × elapsed share (whole months of its budget period), flagged with the
 * förbund's limits. The adjusted budget counts every approved adjustment of the year, as the PM
 * does when it is written after the period (2024: RegExPro 1 245 + 100 → 673 for H1).
 */
export function buildMoneyRow(
  intervention: TDashboardInterventionRow,
  money: TMoneyIndex,
  range: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
): TDashboardMoneyRow {
  const { year } = range;
  const budget = money.budget(intervention.id, year);
  const adjustments = budget?.adjustments ?? [];
  const adjustedBudgetKronor = budget
    ? computeAdjustedBudget(
        budget.amountKronor,
        adjustments.map((a) => ({ amountKronor: a.amountKronor, date: toIsoDate(a.date) })),
      )
    : null;
  const start = toIsoDate(intervention.startDate);
  const elapsedShare = computeElapsedShare({
    budgetPeriodStart: start,
    budgetPeriodEnd: toIsoDate(intervention.endDate),
    year,
    periodEnd: periodEndDate(range),
  });
  const startsThisYear = intervention.startDate.getUTCFullYear() === year;
  const firstMonth = startsThisYear ? intervention.startDate.getUTCMonth() + 1 : 1;
  const outcomes = money.outcomes(intervention.id, year);
  const outcome = sumOutcomeToDate(outcomes, { endMonth: range.endMonth, firstMonth });
  // Only the period's own months: rows starting before it (an H1 row for H2) cannot count.
  const periodOutcome = sumOutcomeToDate(
    outcomes.filter((row) => row.startMonth >= range.startMonth),
    { endMonth: range.endMonth, firstMonth: Math.max(range.startMonth, firstMonth) },
  );
  const consumption = computeConsumptionRatio({
    outcomeKronor: outcome?.amountKronor ?? null,
    adjustedBudgetKronor: adjustedBudgetKronor ?? 0,
    elapsedShare,
  });
  const original = computeConsumptionRatio({
    outcomeKronor: null,
    adjustedBudgetKronor: budget?.amountKronor ?? 0,
    elapsedShare,
  });
  const note = describeRow({
    year,
    startsThisYear,
    outcomeEstimated: outcome?.estimated ?? false,
    hasOutcome: outcome !== null,
    reason: consumption.reason,
    adjustmentKinds: adjustments.map((a) => a.kind),
  });
  return {
    intervention: toInterventionRef(intervention),
    kind: intervention.kind,
    owner: intervention.owner ? toMemberRef(intervention.owner) : null,
    period: range.period,
    year,
    originalBudgetKronor: budget?.amountKronor ?? null,
    adjustedBudgetKronor,
    adjustments: adjustments.map(toAdjustmentDto),
    elapsedShare,
    expectedBudgetKronor: consumption.expectedKronor,
    originalExpectedBudgetKronor: original.expectedKronor,
    outcomeKronor: outcome?.amountKronor ?? null,
    periodOutcomeKronor: periodOutcome?.amountKronor ?? null,
    outcomeEstimated: outcome?.estimated ?? false,
    ratio: consumption.ratio,
    reason: consumption.reason ?? null,
    flag: flagConsumptionRatio(consumption.ratio, thresholds),
    note,
  };
}

/**
 * Whether a row belongs in the period's Tabell 4: some utfall to date, or a budget for the year
 * while its budget period runs. An ended intervention without money this year is left out
 * (2024: Arbetslivsintro).
 */
function hasMoneyInPeriod(row: TDashboardMoneyRow): boolean {
  const hasOutcome =
    (row.outcomeKronor !== null &&
      (row.outcomeKronor !== 0 || (row.adjustedBudgetKronor ?? 0) > 0)) ||
    (row.periodOutcomeKronor ?? 0) !== 0;
  const hasBudget = (row.adjustedBudgetKronor ?? 0) > 0 && row.elapsedShare !== null;
  return hasOutcome || hasBudget;
}

function total(
  rows: readonly TDashboardMoneyRow[],
  expected: (row: TDashboardMoneyRow) => number,
  thresholds: TConsumptionFlagThresholds,
): TDashboardMoneyTotal {
  const sum = computeConsumptionTotal(
    rows.map((row) => ({ outcomeKronor: row.outcomeKronor, expectedKronor: expected(row) })),
  );
  // A period where no utfall is recorded at all (not yet requisitioned) has no total ratio: 0 %
  // would read as "nothing spent".
  const ratio = rows.some((row) => row.outcomeKronor !== null) ? sum.ratio : null;
  return {
    outcomeKronor: sum.outcomeKronor,
    expectedBudgetKronor: sum.expectedKronor,
    ratio,
    unusedKronor: sum.unusedKronor,
    flag: flagConsumptionRatio(ratio, thresholds),
  };
}

/** Sort as the PM does: by the owner (municipality), then the intervention's short name. */
function byOwnerThenName(a: TDashboardMoneyRow, b: TDashboardMoneyRow): number {
  const owner = (a.owner?.shortName ?? '').localeCompare(b.owner?.shortName ?? '', 'sv');
  return owner !== 0
    ? owner
    : a.intervention.shortName.localeCompare(b.intervention.shortName, 'sv');
}

/** The money block of a dashboard: Tabell 4 rows, the totals, and the övriga samverkansinsatser. */
export function buildMoney(
  interventions: readonly TDashboardInterventionRow[],
  money: TMoneyIndex,
  range: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
): TDashboardMoney {
  const all = interventions
    .map((i) => buildMoneyRow(i, money, range, thresholds))
    .filter(hasMoneyInPeriod)
    .sort(byOwnerThenName);
  const rows = all.filter((row) => row.kind !== 'OTHER_COOPERATION');
  const otherCooperationRows = all.filter((row) => row.kind === 'OTHER_COOPERATION');
  return {
    thresholds: { low: thresholds.low, high: thresholds.high },
    rows,
    total: total(rows, (row) => row.originalExpectedBudgetKronor, thresholds),
    totalAdjusted: total(rows, (row) => row.expectedBudgetKronor, thresholds),
    otherCooperationRows,
    otherCooperationTotal: total(
      otherCooperationRows,
      (row) => row.originalExpectedBudgetKronor,
      thresholds,
    ),
  };
}
