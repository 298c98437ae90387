import type { TPeriodRange } from '../schemas/index.ts';
import { computeAdjustedBudget, type TBudgetAdjustmentInput } from './compute-adjusted-budget.ts';
import {
  computeConsumptionRatio,
  type TConsumptionRatioReason,
} from './compute-consumption-ratio.ts';
import { computeElapsedShare } from './compute-elapsed-share.ts';
import { daysInMonth } from './days-in-month.ts';
import { flagConsumptionRatio, type TConsumptionFlagThresholds } from './flag-consumption-ratio.ts';
import { formatIsoDate } from './format-iso-date.ts';
import { parseIsoDate } from './parse-iso-date.ts';
import { periodEndDate } from './period-end-date.ts';
import { sumOutcomeToDate, type TOutcomeRowInput } from './sum-outcome-to-date.ts';

/**
 * Why a money row has no förbrukningskvot, or 0: the reasons of `computeConsumptionRatio`, plus
 * NO_OUTCOME_RECORDED — a budget but no stored utfall at all for the months measured (not yet
 * requisitioned). That is "no data" (ratio null, shown "–"), never 0 %; NO_OUTCOME now means an
 * utfall of 0 kr was recorded (ratio 0).
 */
export type TMoneyRowReason = TConsumptionRatioReason | 'NO_OUTCOME_RECORDED';

/** Input of `computeMoneyRow`: one intervention, one dashboard period. Money in whole kronor. */
export interface TMoneyRowInput {
  /** The dashboard period (its year is the budget year). */
  range: TPeriodRange;
  /** Insatsperiodens första och sista dag, 'YYYY-MM-DD' (end null: open-ended). */
  budgetPeriodStart: string;
  budgetPeriodEnd: string | null;
  /** The year's adopted budget and its dated adjustments; null when no budget row exists. */
  budget: { amountKronor: number; adjustments: readonly TBudgetAdjustmentInput[] } | null;
  /** The intervention's stored utfall rows of the period's year. */
  outcomes: readonly TOutcomeRowInput[];
  thresholds: TConsumptionFlagThresholds;
}

/** Result of `computeMoneyRow`: one row of PM Tabell 4, unrounded. */
export interface TMoneyRow {
  originalBudgetKronor: number | null;
  /** Adopted budget + adjustments dated on or before the PERIOD's last day. */
  adjustedBudgetKronor: number | null;
  /** Elapsed share up to `measuredThroughMonth` (or the period end without utfall). */
  elapsedShare: number | null;
  expectedBudgetKronor: number;
  originalExpectedBudgetKronor: number;
  /** Utfall 1 Jan → end of `measuredThroughMonth`; null when none is recorded. */
  outcomeKronor: number | null;
  /** Utfall within the period's own months up to `periodOutcomeThroughMonth`; null without. */
  periodOutcomeKronor: number | null;
  outcomeEstimated: boolean;
  ratio: number | null;
  reason: TMoneyRowReason | null;
  flag: 'GREEN' | 'YELLOW' | null;
  /**
   * Last month (a quarter end, or the budget period's last month) the year-to-date utfall is
   * recorded up to and the kvot measured at; null when no utfall covers it.
   */
  measuredThroughMonth: number | null;
  /** Last month `periodOutcomeKronor` reaches; null without. */
  periodOutcomeThroughMonth: number | null;
  /** Whether the budget period starts in the period's year (first month counted is its month). */
  startsThisYear: boolean;
}

function monthEnd(year: number, month: number): string {
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/**
 * Candidate end months, latest first: the period's last month, the budget period's last month
 * when it ends inside the period, then earlier quarter ends in the period. A stored row may reach
 * past the budget period's end (a late requisition for the half-year it ended in: 2019
 * Samhällsorientering ended 30 September, its utfall is stored for Jul–Dec), so the period's
 * last month is always tried first.
 */
function candidateMonths(range: TPeriodRange, lastBudgetMonth: number): number[] {
  const months = [range.endMonth];
  if (lastBudgetMonth < range.endMonth && lastBudgetMonth >= range.startMonth)
    months.push(lastBudgetMonth);
  for (let m = Math.floor((range.endMonth - 1) / 3) * 3; m >= range.startMonth; m -= 3)
    if (!months.includes(m)) months.push(m);
  return months.filter((m) => m >= 1).sort((a, b) => b - a);
}

/**
 * One intervention's row of PM Tabell 4 for a period — the one place the money row is assembled
 * (DOMAIN.md §4):
 * - First month counted: 1 January, or the budget period's first month when it starts in the year
 *   (months before it need no stored utfall: 2019 Växtverket from 1 September).
 * - Year-to-date "with what has been recorded": utfall from the first month up to the LATEST of
 *   the period's last month, the budget period's last month (when it ends inside the period) and
 *   the period's earlier quarter ends that stored rows cover completely; the elapsed share is
 *   measured at that same month (capped at the budget period's end by computeElapsedShare).
 * - Utfall after the end date: a row may reach past the budget period's end (requisitions and
 *   corrected estimates arrive late and are dated to the period they belong to); it counts. So
 *   "Helår 2024" with only Jan–Jun recorded is judged as Jan–Jun (9 628 / 10 329 → 93 %), not 0 %,
 *   and an intervention that ended in March is judged on its own budget period. No covering rows:
 *   ratio null, reason NO_OUTCOME_RECORDED.
 * - Budget: the adopted budget plus every adjustment dated on or before the period's last day
 *   (an adjustment counts from its date; a half-year view shows the budget as adjusted up to 30
 *   June). Undated adjustments always count.
 * - Period utfall: the period's own months (2019 H2 = Jul–Dec, "Utfall kvartal 3+4"), shown
 *   even when the year-to-date figure cannot be formed (2019: no Jan–Jun rows stored).
 */
export function computeMoneyRow(input: TMoneyRowInput): TMoneyRow {
  const { range, budget, outcomes, thresholds } = input;
  const { year } = range;
  const start = parseIsoDate(input.budgetPeriodStart);
  const end = input.budgetPeriodEnd === null ? null : parseIsoDate(input.budgetPeriodEnd);
  const startsThisYear = start.year === year;
  const firstMonth = startsThisYear ? start.month : 1;
  const lastBudgetMonth = end !== null && end.year === year ? end.month : 12;

  const adjustedBudgetKronor = budget
    ? computeAdjustedBudget(budget.amountKronor, budget.adjustments, periodEndDate(range))
    : null;

  let measuredThroughMonth: number | null = null;
  let toDate: ReturnType<typeof sumOutcomeToDate> = null;
  for (const month of candidateMonths(range, lastBudgetMonth)) {
    toDate = sumOutcomeToDate(outcomes, { endMonth: month, firstMonth });
    if (toDate) {
      measuredThroughMonth = month;
      break;
    }
  }

  let periodOutcomeThroughMonth: number | null = null;
  let inPeriod: ReturnType<typeof sumOutcomeToDate> = null;
  const own = outcomes.filter((row) => row.startMonth >= range.startMonth);
  for (const month of candidateMonths(range, lastBudgetMonth)) {
    inPeriod = sumOutcomeToDate(own, {
      endMonth: month,
      firstMonth: Math.max(range.startMonth, firstMonth),
    });
    if (inPeriod) {
      periodOutcomeThroughMonth = month;
      break;
    }
  }

  const elapsedShare = computeElapsedShare({
    budgetPeriodStart: input.budgetPeriodStart,
    budgetPeriodEnd: input.budgetPeriodEnd,
    year,
    periodEnd: monthEnd(year, measuredThroughMonth ?? range.endMonth),
  });
  const consumption = computeConsumptionRatio({
    outcomeKronor: toDate?.amountKronor ?? null,
    adjustedBudgetKronor: adjustedBudgetKronor ?? 0,
    elapsedShare,
  });
  const original = computeConsumptionRatio({
    outcomeKronor: null,
    adjustedBudgetKronor: budget?.amountKronor ?? 0,
    elapsedShare,
  });
  const notRecorded = toDate === null && consumption.reason === 'NO_OUTCOME';
  const ratio = notRecorded ? null : consumption.ratio;
  return {
    originalBudgetKronor: budget?.amountKronor ?? null,
    adjustedBudgetKronor,
    elapsedShare,
    expectedBudgetKronor: consumption.expectedKronor,
    originalExpectedBudgetKronor: original.expectedKronor,
    outcomeKronor: toDate?.amountKronor ?? null,
    periodOutcomeKronor: inPeriod?.amountKronor ?? null,
    outcomeEstimated: (toDate?.estimated ?? false) || (inPeriod?.estimated ?? false),
    ratio,
    reason: notRecorded ? 'NO_OUTCOME_RECORDED' : (consumption.reason ?? null),
    flag: flagConsumptionRatio(ratio, thresholds),
    measuredThroughMonth,
    periodOutcomeThroughMonth,
    startsThisYear,
  };
}
