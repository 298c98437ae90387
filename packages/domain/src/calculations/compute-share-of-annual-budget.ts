/** Input of `computeShareOfAnnualBudget`, whole kronor. */
export interface TShareOfAnnualBudgetInput {
  /** Utfall so far this year; null counts as 0 kr. */
  outcomeKronor: number | null;
  /** The FULL year's budget, not a linear share of it. */
  annualBudgetKronor: number;
}

/**
 * "Utfall mot budget" for förtroendevalda and förvaltning in the delårsrapport: utfall ÷ the full
 * annual budget, without a linear share (2024-06-30: förtroendevalda 177 / 800 tkr = 22 %,
 * förvaltning 2 202 / 3 822 tkr = 58 %). Null when the budget is 0 or less; never NaN.
 */
export function computeShareOfAnnualBudget(input: TShareOfAnnualBudgetInput): number | null {
  if (input.annualBudgetKronor <= 0) return null;
  return (input.outcomeKronor ?? 0) / input.annualBudgetKronor;
}
