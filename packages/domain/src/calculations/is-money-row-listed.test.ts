import { describe, expect, it } from 'vitest';
import { isMoneyRowListed, type TMoneyRowListedInput } from './is-money-row-listed.ts';

const base: TMoneyRowListedInput = {
  outcomeKronor: null,
  periodOutcomeKronor: null,
  adjustedBudgetKronor: null,
  elapsedShare: null,
};

describe('isMoneyRowListed', () => {
  it.each<[string, Partial<TMoneyRowListedInput>, boolean]>([
    ['utfall to date', { outcomeKronor: 955_076 }, true],
    [
      '2019 H2: only the period utfall (Framsteget 1 065 031)',
      { periodOutcomeKronor: 1_065_031 },
      true,
    ],
    [
      'a budget in its budget period, no utfall yet',
      { adjustedBudgetKronor: 2_652_000, elapsedShare: 0.5 },
      true,
    ],
    [
      '0 kr utfall with a budget',
      { outcomeKronor: 0, adjustedBudgetKronor: 94_000, elapsedShare: 1 },
      true,
    ],
    [
      '0 kr utfall, no budget: still listed (2019 Tabell 4 Extratjänster)',
      { outcomeKronor: null, periodOutcomeKronor: 0 },
      true,
    ],
    ['ended, no money this year (2024 Arbetslivsintro)', {}, false],
    [
      'a budget outside its budget period',
      { adjustedBudgetKronor: 100_000, elapsedShare: null },
      false,
    ],
  ])('%s → %s', (_name, row, expected) => {
    expect(isMoneyRowListed({ ...base, ...row })).toBe(expected);
  });
});
