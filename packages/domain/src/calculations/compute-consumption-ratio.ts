/**
 * Why a förbrukningskvot is missing or 0:
 * - NO_BUDGET: the adjusted budget is 0 (or less), e.g. money granted after the budget was adopted
 *   ("Beviljades medel 2024"); ratio null.
 * - OUTSIDE_BUDGET_PERIOD: the budget period has no month in the year (elapsed share null); ratio null.
 * - NOT_STARTED: the budget period has not begun by the period end (elapsed share 0); ratio null.
 * - NO_OUTCOME: a budget but no utfall (none recorded, or 0 kr); ratio 0.
 */
export type TConsumptionRatioReason =
  'NO_BUDGET' | 'OUTSIDE_BUDGET_PERIOD' | 'NOT_STARTED' | 'NO_OUTCOME';

/** Input of `computeConsumptionRatio`; money in whole kronor. */
export interface TConsumptionRatioInput {
  /** Utfall from 1 January of year Y to the period end; null when none is recorded. */
  outcomeKronor: number | null;
  /** The year's adjusted budget (see `computeAdjustedBudget`). */
  adjustedBudgetKronor: number;
  /** From `computeElapsedShare`. */
  elapsedShare: number | null;
}

/** Result of `computeConsumptionRatio`. */
export interface TConsumptionRatio {
  /** Utfall ÷ expected, unrounded (0.7203…); null when there is nothing to compare with. */
  ratio: number | null;
  /**
   * The linear expectation, adjusted budget × elapsed share, in kronor and NOT rounded (half of an
   * odd budget is x.5 kr): round once, for display, with `formatTsek`. 0 when there is no budget.
   */
  expectedKronor: number;
  reason?: TConsumptionRatioReason;
}

/**
 * Förbrukningskvot (consumptionRatio): "förbrukade medel i jämförelse med en linjär förbrukning
 * över tid. Målvärdet är 100 procent." ratio = utfall 1 Jan Y → D ÷ (adjusted budget for Y ×
 * elapsed share). The half-year PM (Q1–Q2) thus compares utfall Jan–Jun with half the year's
 * budget; the year-end PM (Q3–Q4) compares utfall Jan–Dec with the whole year's adjusted budget —
 * pass the year-to-date utfall, never the second half-year alone.
 *
 * Never divides by zero and never returns NaN: see `TConsumptionRatioReason` for the edges.
 * A negative utfall (a credit) gives a negative ratio.
 */
export function computeConsumptionRatio(input: TConsumptionRatioInput): TConsumptionRatio {
  const { outcomeKronor, adjustedBudgetKronor, elapsedShare } = input;
  if (elapsedShare === null)
    return { ratio: null, expectedKronor: 0, reason: 'OUTSIDE_BUDGET_PERIOD' };
  if (adjustedBudgetKronor <= 0) return { ratio: null, expectedKronor: 0, reason: 'NO_BUDGET' };
  const expectedKronor = adjustedBudgetKronor * elapsedShare;
  if (expectedKronor <= 0) return { ratio: null, expectedKronor: 0, reason: 'NOT_STARTED' };
  if (outcomeKronor === null || outcomeKronor === 0)
    return { ratio: 0, expectedKronor, reason: 'NO_OUTCOME' };
  return { ratio: outcomeKronor / expectedKronor, expectedKronor };
}
