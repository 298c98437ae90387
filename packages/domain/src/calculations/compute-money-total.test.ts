import { describe, expect, it } from 'vitest';
import { computeMoneyTotal, type TMoneyTotalRowInput } from './compute-money-total.ts';

const thresholds = { low: 0.9, high: 1.1 };
const r = (
  outcomeKronor: number | null,
  originalExpectedBudgetKronor: number,
  expectedBudgetKronor = originalExpectedBudgetKronor,
): TMoneyTotalRowInput => ({
  outcomeKronor,
  originalExpectedBudgetKronor,
  expectedBudgetKronor,
  measuredThroughMonth: outcomeKronor === null ? null : 6,
});

describe('computeMoneyTotal', () => {
  // 2024 H1: Σ of the twelve rows is 9 627 932 kr against 10 328 500 adopted / 10 378 500 adjusted.
  const rows2024 = [r(9_627_932 - 648_156, 10_328_500 - 622_500), r(648_156, 622_500, 672_500)];
  it.each<[string, TMoneyTotalRowInput[], 'ADOPTED' | 'ADJUSTED', Record<string, unknown>]>([
    [
      '2024 H1 against the adopted budget: 93 %, unused 701',
      rows2024,
      'ADOPTED',
      { expectedBudgetKronor: 10_328_500, unusedKronor: 700_568 },
    ],
    [
      '2024 H1 against the adjusted budget: unused 751',
      rows2024,
      'ADJUSTED',
      { expectedBudgetKronor: 10_378_500, unusedKronor: 750_568 },
    ],
    [
      'nothing recorded: no ratio, nothing "unused"',
      [r(null, 1_000_000)],
      'ADOPTED',
      { ratio: null, flag: null, unusedKronor: 0 },
    ],
    [
      'a row without utfall adds no budget',
      [r(500_000, 500_000), r(null, 1_000_000)],
      'ADOPTED',
      { ratio: 1, expectedBudgetKronor: 500_000 },
    ],
    [
      'a row without budget adds its utfall (förstudie 115 / 0)',
      [r(115_000, 0), r(885_000, 1_000_000)],
      'ADOPTED',
      { ratio: 1 },
    ],
  ])('%s', (_name, rows, basis, expected) => {
    expect(computeMoneyTotal(rows, basis, thresholds)).toMatchObject({ basis, ...expected });
  });

  it('2024 H1 ratio rounds to 93 % (unrounded 0.9321…)', () => {
    expect(computeMoneyTotal(rows2024, 'ADOPTED', thresholds).ratio).toBeCloseTo(0.93217, 5);
  });
});
