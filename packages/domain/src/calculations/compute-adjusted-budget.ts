/** An approved change to a year's budget, in whole kronor (positive or negative). */
export interface TBudgetAdjustmentInput {
  amountKronor: number;
  /** Decision date 'YYYY-MM-DD'; an undated adjustment always counts. */
  date?: string | null;
}

/**
 * Adjusted budget (justerad budget) of one intervention for one year: the adopted budget plus
 * every approved change — carry-over of unused money from the previous year, grants made during
 * the year, budget deviations. With `asOf` ('YYYY-MM-DD') only changes decided on or before that
 * day count, so a PM can show the budget as it stood at its period end.
 *
 * Pass only the adjustments of that year. The result is not clamped: an adjustment that moves
 * more money away than was budgeted yields a negative budget, which `computeConsumptionRatio`
 * treats as no budget.
 */
export function computeAdjustedBudget(
  originalKronor: number,
  adjustments: readonly TBudgetAdjustmentInput[] = [],
  asOf?: string,
): number {
  return adjustments.reduce((sum, adjustment) => {
    const counts = asOf === undefined || !adjustment.date || adjustment.date <= asOf;
    return counts ? sum + adjustment.amountKronor : sum;
  }, originalKronor);
}
