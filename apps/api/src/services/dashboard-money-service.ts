import type {
  TConsumptionFlagThresholds,
  TDashboardBudgetAdjustment,
  TDashboardMoney,
  TDashboardMoneyRow,
  TDashboardMoneyTotal,
  TPeriodRange,
} from '@finsam/domain';
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
    const rows = outcomesByKey.get(key);
    if (rows) rows.push(outcome);
    else outcomesByKey.set(key, [outcome]);
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
 * One intervention's row of PM Tabell 4 for a period. The figures are the domain's
 * `computeMoneyRow` (year to date with what has been recorded; an adjustment counts from its
 * date, so only adjustments dated on or before the period's last day are in the budget); this
 * adds the references and the note.
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
  const figures = computeMoneyRow({
    range,
    budgetPeriodStart: toIsoDate(intervention.startDate),
    budgetPeriodEnd: toIsoDate(intervention.endDate),
    budget: budget
      ? {
          amountKronor: budget.amountKronor,
          adjustments: budget.adjustments.map((a) => ({
            amountKronor: a.amountKronor,
            date: toIsoDate(a.date),
          })),
        }
      : null,
    outcomes: money.outcomes(intervention.id, year),
    thresholds,
  });
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
  mayOpen: (interventionId: string) => boolean = () => true,
): TDashboardMoney {
  const all = interventions
    .map((i) => buildMoneyRow(i, money, range, thresholds, mayOpen(i.id)))
    .filter(isMoneyRowListed)
    .sort(byOwnerThenName);
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
