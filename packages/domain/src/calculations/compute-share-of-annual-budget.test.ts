import { describe, expect, it } from 'vitest';
import { computeShareOfAnnualBudget } from './compute-share-of-annual-budget.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';

describe('computeShareOfAnnualBudget', () => {
  // 2024-10 delårsrapport, "Kostnad förtroendevalda och förvaltning" (TSEK × 1000: the paper
  // prints TSEK only).
  it.each<[string, number | null, number, number | null]>([
    ['Förtroendevalda 2024-06-30: 177 / 800', 177_000, 800_000, 22],
    ['Förvaltning 2024-06-30: 2 202 / 3 822', 2_202_000, 3_822_000, 58],
    ['no utfall yet', null, 800_000, 0],
    ['no budget', 177_000, 0, null],
  ])('%s → %s %', (_label, outcomeKronor, annualBudgetKronor, percent) => {
    expect(
      roundToWholePercent(computeShareOfAnnualBudget({ outcomeKronor, annualBudgetKronor })),
    ).toBe(percent);
  });
});
