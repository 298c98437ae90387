import { describe, expect, it } from 'vitest';
import { computeMoneyRow, type TMoneyRowInput } from './compute-money-row.ts';
import { parsePeriod } from './parse-period.ts';
import type { TOutcomeRowInput } from './sum-outcome-to-date.ts';

const thresholds = { low: 0.9, high: 1.1 };
const h1 = (amountKronor: number): TOutcomeRowInput => ({
  startMonth: 1,
  endMonth: 6,
  amountKronor,
});
const h2 = (amountKronor: number): TOutcomeRowInput => ({
  startMonth: 7,
  endMonth: 12,
  amountKronor,
});
const q = (n: number, amountKronor: number): TOutcomeRowInput => ({
  startMonth: n * 3 - 2,
  endMonth: n * 3,
  amountKronor,
});

function row(period: string, over: Partial<TMoneyRowInput> = {}) {
  return computeMoneyRow({
    range: parsePeriod(period),
    budgetPeriodStart: '2022-01-01',
    budgetPeriodEnd: '2025-12-31',
    budget: { amountKronor: 2_652_000, adjustments: [] },
    outcomes: [h1(955_076)],
    thresholds,
    ...over,
  });
}

describe('computeMoneyRow', () => {
  it.each<[string, ReturnType<typeof row>, Partial<ReturnType<typeof row>>]>([
    [
      '2024 H1 Jobbcentrum: 955 / 1 326 → 72 % (seed 2024-10 Tabell 4)',
      row('2024H1'),
      {
        outcomeKronor: 955_076,
        expectedBudgetKronor: 1_326_000,
        measuredThroughMonth: 6,
        flag: 'YELLOW',
      },
    ],
    [
      'Helår 2024 with only Jan–Jun recorded: judged to kvartal 2, not 0 %',
      row('2024'),
      {
        outcomeKronor: 955_076,
        expectedBudgetKronor: 1_326_000,
        measuredThroughMonth: 6,
        elapsedShare: 0.5,
      },
    ],
    [
      'a year with Q1–Q3 recorded is judged to kvartal 3',
      row('2024', { outcomes: [q(1, 300_000), q(2, 300_000), q(3, 300_000)] }),
      { outcomeKronor: 900_000, measuredThroughMonth: 9, elapsedShare: 0.75 },
    ],
    [
      'a budget and no utfall stored: no data (–), never 0 %',
      row('2024', { outcomes: [] }),
      {
        outcomeKronor: null,
        ratio: null,
        reason: 'NO_OUTCOME_RECORDED',
        flag: null,
        measuredThroughMonth: null,
      },
    ],
    [
      'an utfall of 0 kr recorded is 0 %',
      row('2024H1', { outcomes: [h1(0)] }),
      { outcomeKronor: 0, ratio: 0, reason: 'NO_OUTCOME', measuredThroughMonth: 6 },
    ],
    [
      'ended 31 March: judged on its own budget period (Q1 ÷ the whole budget)',
      row('2024H1', { budgetPeriodEnd: '2024-03-31', outcomes: [q(1, 663_000)] }),
      {
        outcomeKronor: 663_000,
        elapsedShare: 1,
        expectedBudgetKronor: 2_652_000,
        measuredThroughMonth: 3,
      },
    ],
    [
      'ended 30 September, utfall stored for Jul–Dec (2019 Samhällsorientering): it counts',
      row('2019H2', {
        budgetPeriodStart: '2017-05-01',
        budgetPeriodEnd: '2019-09-30',
        budget: { amountKronor: 1_000_000, adjustments: [] },
        outcomes: [h1(300_000), h2(683_888)],
      }),
      {
        outcomeKronor: 983_888,
        periodOutcomeKronor: 683_888,
        elapsedShare: 1,
        measuredThroughMonth: 12,
      },
    ],
    [
      'year-end rule: H1 + H2 against the whole year (Jan–Dec)',
      row('2024H2', { outcomes: [h1(955_076), h2(1_000_000)] }),
      { outcomeKronor: 1_955_076, periodOutcomeKronor: 1_000_000, expectedBudgetKronor: 2_652_000 },
    ],
    [
      '2019 H2 with only Jul–Dec stored and no 2019 budget: period utfall shown, no year-to-date',
      row('2019H2', {
        budgetPeriodStart: '2018-01-01',
        budgetPeriodEnd: '2020-12-31',
        budget: null,
        outcomes: [h2(1_065_031)],
      }),
      {
        outcomeKronor: null,
        periodOutcomeKronor: 1_065_031,
        ratio: null,
        reason: 'NO_BUDGET',
        periodOutcomeThroughMonth: 12,
      },
    ],
    [
      '2019 Växtverket from 1 September: first month counted is September, 474 887 / 476 000',
      row('2019H2', {
        budgetPeriodStart: '2019-09-01',
        budgetPeriodEnd: '2021-12-31',
        budget: { amountKronor: 476_000, adjustments: [] },
        outcomes: [h2(474_887)],
      }),
      {
        outcomeKronor: 474_887,
        expectedBudgetKronor: 476_000,
        elapsedShare: 1,
        startsThisYear: true,
      },
    ],
    [
      'an adjustment counts from its date: one of 2024-09-01 is not in H1',
      row('2024H1', {
        budget: {
          amountKronor: 1_245_000,
          adjustments: [{ amountKronor: 100_000, date: '2024-09-01' }],
        },
      }),
      { adjustedBudgetKronor: 1_245_000, expectedBudgetKronor: 622_500 },
    ],
    [
      '… but is in the year (RegExPro: 1 245 + 100 = 1 345)',
      row('2024', {
        budget: {
          amountKronor: 1_245_000,
          adjustments: [{ amountKronor: 100_000, date: '2024-09-01' }],
        },
        outcomes: [h1(648_156)],
      }),
      {
        adjustedBudgetKronor: 1_345_000,
        originalExpectedBudgetKronor: 622_500,
        expectedBudgetKronor: 672_500,
      },
    ],
    [
      'money granted after adoption: budget 0, no ratio (2024 förstudie 115 / 0)',
      row('2024H1', {
        budget: null,
        budgetPeriodStart: '2024-03-01',
        outcomes: [{ startMonth: 3, endMonth: 6, amountKronor: 115_000 }],
      }),
      { outcomeKronor: 115_000, ratio: null, reason: 'NO_BUDGET', expectedBudgetKronor: 0 },
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toMatchObject(expected);
  });

  it('ratios are unrounded: Jobbcentrum 955 076 / 1 326 000', () => {
    expect(row('2024H1').ratio).toBe(955_076 / 1_326_000);
  });
});
