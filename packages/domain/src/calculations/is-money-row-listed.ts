/** The fields of a money row (`computeMoneyRow`) that decide whether it is listed. */
export interface TMoneyRowListedInput {
  outcomeKronor: number | null;
  periodOutcomeKronor: number | null;
  adjustedBudgetKronor: number | null;
  elapsedShare: number | null;
}

/**
 * Whether a row belongs in the period's Tabell 4 (which rows are listed): any utfall recorded,
 * year to date or within the period, even 0 kr (2019 Tabell 4 lists Extratjänster with 0 and no
 * stored budget), or a budget for the year while its budget period runs. An ended intervention
 * without money this year is left out (2024: Arbetslivsintro).
 */
export function isMoneyRowListed(row: TMoneyRowListedInput): boolean {
  const budgeted = (row.adjustedBudgetKronor ?? 0) > 0;
  const hasOutcome = row.outcomeKronor !== null || row.periodOutcomeKronor !== null;
  return hasOutcome || (budgeted && row.elapsedShare !== null);
}
