import { computeConsumptionTotal } from './compute-consumption-total.ts';
import { flagConsumptionRatio, type TConsumptionFlagThresholds } from './flag-consumption-ratio.ts';

/** The fields of a money row (`computeMoneyRow`) a total is built from. */
export interface TMoneyTotalRowInput {
  outcomeKronor: number | null;
  expectedBudgetKronor: number;
  originalExpectedBudgetKronor: number;
  measuredThroughMonth: number | null;
}

/**
 * Which budget a total is measured against: ADOPTED (the year's budget as adopted: the
 * delårsrapport's driftsredovisning, 2024 H1 9 628 / 10 329 → 93 %, unused 701) or ADJUSTED
 * (after dated adjustments: Σ of Tabell 4's "Budget TSEK", 2024 H1 9 628 / 10 379, unused 751).
 */
export type TMoneyTotalBasis = 'ADOPTED' | 'ADJUSTED';

/** Result of `computeMoneyTotal`, kronor unrounded. */
export interface TMoneyTotal {
  basis: TMoneyTotalBasis;
  outcomeKronor: number;
  expectedBudgetKronor: number;
  ratio: number | null;
  unusedKronor: number;
  flag: 'GREEN' | 'YELLOW' | null;
}

/**
 * Total förbrukningskvot of money rows: Σ utfall of all rows, including rows without budget, ÷
 * Σ expected budgets of the rows that have utfall recorded (a row not yet requisitioned adds
 * nothing to either side: "with what has been recorded"). No utfall recorded in any row: ratio
 * null (0 % would read as "nothing spent"), unused still Σ expected − Σ utfall over measured rows.
 */
export function computeMoneyTotal(
  rows: readonly TMoneyTotalRowInput[],
  basis: TMoneyTotalBasis,
  thresholds: TConsumptionFlagThresholds,
): TMoneyTotal {
  const measured = rows.filter((row) => row.outcomeKronor !== null);
  const sum = computeConsumptionTotal(
    measured.map((row) => ({
      outcomeKronor: row.outcomeKronor,
      expectedKronor:
        basis === 'ADOPTED' ? row.originalExpectedBudgetKronor : row.expectedBudgetKronor,
    })),
  );
  const ratio = measured.length > 0 ? sum.ratio : null;
  return {
    basis,
    outcomeKronor: sum.outcomeKronor,
    expectedBudgetKronor: sum.expectedKronor,
    ratio,
    unusedKronor: sum.unusedKronor,
    flag: flagConsumptionRatio(ratio, thresholds),
  };
}
