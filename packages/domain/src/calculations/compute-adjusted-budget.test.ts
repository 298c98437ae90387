import { describe, expect, it } from 'vitest';
import { computeAdjustedBudget, type TBudgetAdjustmentInput } from './compute-adjusted-budget.ts';

describe('computeAdjustedBudget', () => {
  it.each<[string, number, TBudgetAdjustmentInput[], string | undefined, number]>([
    ['no adjustments', 2_652_000, [], undefined, 2_652_000],
    // 2024-10: RegExPro's plan 1 245 tkr, the PM uses the adjusted 1 345 tkr.
    ['2024 RegExPro, undated change', 1_245_000, [{ amountKronor: 100_000 }], undefined, 1_345_000],
    // 2022 PM: "har medel överf från 2021".
    [
      '2022 Digital plattform carry-over',
      566_000,
      [{ amountKronor: 678_000, date: '2022-02-15' }],
      undefined,
      1_244_000,
    ],
    [
      'a change after asOf is left out',
      1_000_000,
      [{ amountKronor: 200_000, date: '2024-08-01' }],
      '2024-06-30',
      1_000_000,
    ],
    [
      'a change on asOf counts',
      1_000_000,
      [{ amountKronor: 200_000, date: '2024-06-30' }],
      '2024-06-30',
      1_200_000,
    ],
    [
      'an undated change counts with asOf',
      1_000_000,
      [{ amountKronor: -50_000, date: null }],
      '2024-06-30',
      950_000,
    ],
    [
      'granted after adoption: 0 + grant',
      0,
      [{ amountKronor: 115_000, date: '2024-03-01' }],
      undefined,
      115_000,
    ],
    [
      'several changes',
      900_000,
      [
        { amountKronor: 100_000, date: '2024-01-15' },
        { amountKronor: -30_000, date: '2024-05-01' },
        { amountKronor: 70_000, date: '2024-09-01' },
      ],
      '2024-06-30',
      970_000,
    ],
    ['not clamped below zero', 100_000, [{ amountKronor: -150_000 }], undefined, -50_000],
  ])('%s', (_label, original, adjustments, asOf, expected) => {
    expect(computeAdjustedBudget(original, adjustments, asOf)).toBe(expected);
  });
});
