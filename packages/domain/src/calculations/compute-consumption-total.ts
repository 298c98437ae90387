/** One row of a consumption total: its utfall and its expected (linear) budget, in kronor. */
export interface TConsumptionTotalRow {
  /** Null counts as 0 kr. */
  outcomeKronor: number | null;
  /** `expectedKronor` of `computeConsumptionRatio` (0 for a row without budget). */
  expectedKronor: number;
}

/** Result of `computeConsumptionTotal`, in kronor (unrounded where the inputs are). */
export interface TConsumptionTotal {
  outcomeKronor: number;
  expectedKronor: number;
  /** Σ utfall ÷ Σ expected; null when Σ expected is 0. */
  ratio: number | null;
  /** "Outnyttjade insatsmedel" = Σ expected − Σ utfall; negative when overspent. */
  unusedKronor: number;
}

/**
 * Total förbrukningskvot over many rows (the delårsrapport's driftsredovisning; PM Tabell 4 has
 * no total row): Σ utfall of ALL rows, including rows without budget (a förstudie granted after
 * adoption), ÷ Σ expected budgets. A weighted ratio, not a mean of the rows' ratios.
 * 2024 H1: 9 627 932 kr ÷ 10 328 500 kr → 93 %, unused 701 tkr.
 */
export function computeConsumptionTotal(rows: readonly TConsumptionTotalRow[]): TConsumptionTotal {
  const outcomeKronor = rows.reduce((sum, row) => sum + (row.outcomeKronor ?? 0), 0);
  const expectedKronor = rows.reduce((sum, row) => sum + row.expectedKronor, 0);
  return {
    outcomeKronor,
    expectedKronor,
    ratio: expectedKronor === 0 ? null : outcomeKronor / expectedKronor,
    unusedKronor: expectedKronor - outcomeKronor,
  };
}
