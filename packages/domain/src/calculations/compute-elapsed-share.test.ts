import { describe, expect, it } from 'vitest';
import { computeElapsedShare } from './compute-elapsed-share.ts';

describe('computeElapsedShare', () => {
  it.each<[string, string, string | null, number, string, number | null]>([
    [
      'full-year period at 30 June (2024 H1 PM)',
      '2022-01-01',
      '2024-12-31',
      2024,
      '2024-06-30',
      0.5,
    ],
    ['full-year period at 31 December', '2022-01-01', '2024-12-31', 2024, '2024-12-31', 1],
    ['full-year period at 31 March', '2022-01-01', '2024-12-31', 2024, '2024-03-31', 0.25],
    ['open-ended period', '2020-10-01', null, 2024, '2024-06-30', 0.5],
    [
      'period running past Y (RegExPro to 2027)',
      '2020-10-01',
      '2027-12-31',
      2024,
      '2024-06-30',
      0.5,
    ],
    [
      'started 1 Sep, year-end PM (2019 Växtverket)',
      '2019-09-01',
      '2021-12-31',
      2019,
      '2019-12-31',
      1,
    ],
    ['started 1 Sep, measured at 30 Sep', '2019-09-01', '2021-12-31', 2019, '2019-09-30', 0.25],
    ['started 1 Jul (2019 REKO), year end', '2019-07-01', '2021-06-30', 2019, '2019-12-31', 1],
    [
      'started 1 Sep, measured at 30 June: not started',
      '2019-09-01',
      '2021-12-31',
      2019,
      '2019-06-30',
      0,
    ],
    ['ended 30 Sep, measured at 30 June', '2017-05-01', '2019-09-30', 2019, '2019-06-30', 6 / 9],
    ['ended 30 Sep, year end', '2017-05-01', '2019-09-30', 2019, '2019-12-31', 1],
    [
      'mid-month start and end count whole months',
      '2024-03-15',
      '2024-06-15',
      2024,
      '2024-06-30',
      1,
    ],
    ['mid-month start, at 31 March', '2024-03-15', '2024-06-15', 2024, '2024-03-31', 0.25],
    ['mid-month period end counts its month', '2022-01-01', '2024-12-31', 2024, '2024-06-15', 0.5],
    ['measured after Y', '2022-01-01', '2024-12-31', 2024, '2025-01-31', 1],
    ['measured before Y', '2022-01-01', '2024-12-31', 2024, '2023-12-31', 0],
    ['period ends before Y', '2018-01-01', '2023-12-31', 2024, '2024-06-30', null],
    ['period starts after Y', '2025-01-01', '2025-12-31', 2024, '2024-06-30', null],
  ])('%s', (_label, budgetPeriodStart, budgetPeriodEnd, year, periodEnd, share) => {
    expect(computeElapsedShare({ budgetPeriodStart, budgetPeriodEnd, year, periodEnd })).toBe(
      share,
    );
  });
});
