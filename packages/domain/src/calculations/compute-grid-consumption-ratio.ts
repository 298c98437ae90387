import type { TPeriodRange } from '../schemas/index.ts';
import { computeConsumptionRatio, type TConsumptionRatio } from './compute-consumption-ratio.ts';
import { computeElapsedShare } from './compute-elapsed-share.ts';
import { periodEndDate } from './period-end-date.ts';
import { sumOutcomeToDate, type TOutcomeRowInput } from './sum-outcome-to-date.ts';

/** Input of `computeGridConsumptionRatio`; money in whole kronor, dates 'YYYY-MM-DD'. */
export interface TGridConsumptionRatioInput {
  /** The period of the grid ('2024Q2', '2024H1'). */
  range: TPeriodRange;
  /** The intervention's budget period (insatsperiod). */
  budgetPeriodStart: string;
  budgetPeriodEnd: string;
  /** The year's adjusted budget as of the period end; null when no budget is adopted. */
  adjustedBudgetKronor: number | null;
  /** The intervention's other stored outcomes of the same year (never the grid's own period). */
  otherOutcomes: readonly TOutcomeRowInput[];
  /** What is typed in the grid's cell for the period; null for an empty cell. */
  typedKronor: number | null;
  typedEstimated?: boolean;
}

/** Result of `computeGridConsumptionRatio`. */
export interface TGridConsumptionRatio extends TConsumptionRatio {
  /** Utfall 1 January → period end, the typed cell included; null when months are missing. */
  outcomeToDateKronor: number | null;
  /** Whether an estimated amount (the cell's or an earlier one) is part of the sum. */
  estimated: boolean;
}

/**
 * The förbrukningskvot one row of the office's outcome grid shows while a cell is typed: the
 * cell replaces the stored outcome of its period, earlier periods of the year are added with
 * `sumOutcomeToDate`, and the ratio is `computeConsumptionRatio` against the adjusted budget ×
 * `computeElapsedShare` at the period's end. No formula of its own: the grid and the dashboards
 * compute the same figure. An empty cell counts as "no outcome recorded" for its months: while any
 * month from January to the period end has no outcome the ratio is null ("–"), never a partial
 * one or 0 %. A typed 0 kr is an outcome and gives 0 % (reason NO_OUTCOME).
 */
export function computeGridConsumptionRatio(
  input: TGridConsumptionRatioInput,
): TGridConsumptionRatio {
  const { range } = input;
  const rows: TOutcomeRowInput[] = input.otherOutcomes.filter(
    (row) => row.endMonth < range.startMonth || row.startMonth > range.endMonth,
  );
  if (input.typedKronor !== null) {
    rows.push({
      startMonth: range.startMonth,
      endMonth: range.endMonth,
      amountKronor: input.typedKronor,
      estimated: input.typedEstimated ?? false,
    });
  }
  const start = input.budgetPeriodStart;
  const firstMonth = Number(start.slice(0, 4)) === range.year ? Number(start.slice(5, 7)) : 1;
  const toDate = sumOutcomeToDate(rows, { endMonth: range.endMonth, firstMonth });
  const elapsedShare = computeElapsedShare({
    budgetPeriodStart: start,
    budgetPeriodEnd: input.budgetPeriodEnd,
    year: range.year,
    periodEnd: periodEndDate(range),
  });
  const ratio = computeConsumptionRatio({
    outcomeKronor: toDate?.amountKronor ?? null,
    adjustedBudgetKronor: input.adjustedBudgetKronor ?? 0,
    elapsedShare,
  });
  // Months without a recorded outcome (the empty cell itself, or an earlier quarter) are missing
  // data: no ratio rather than "0 %" (DOMAIN.md §4). A typed 0 is an outcome of 0 kr.
  if (toDate === null)
    return { ...ratio, ratio: null, outcomeToDateKronor: null, estimated: false };
  return {
    ...ratio,
    outcomeToDateKronor: toDate?.amountKronor ?? null,
    estimated: toDate?.estimated ?? false,
  };
}
