import { describe, expect, it } from 'vitest';
import {
  sumOutcomeToDate,
  type TOutcomeRowInput,
  type TSumOutcomeToDateOptions,
} from './sum-outcome-to-date.ts';

const row = (
  startMonth: number,
  endMonth: number,
  amountKronor: number,
  estimated = false,
): TOutcomeRowInput => ({
  startMonth,
  endMonth,
  amountKronor,
  estimated,
});

describe('sumOutcomeToDate', () => {
  it.each<
    [
      string,
      TOutcomeRowInput[],
      TSumOutcomeToDateOptions,
      { amountKronor: number; estimated: boolean } | null,
    ]
  >([
    ['none recorded', [], { endMonth: 6 }, null],
    // 2024-10 PM Tabell 4: Jobbcentrum's H1 utfall 955 076 kr.
    [
      'the half-year as stored (2024H1)',
      [row(1, 6, 955_076)],
      { endMonth: 6 },
      { amountKronor: 955_076, estimated: false },
    ],
    [
      'Q1 + Q2',
      [row(1, 3, 400_000), row(4, 6, 555_076)],
      { endMonth: 6 },
      { amountKronor: 955_076, estimated: false },
    ],
    // The year-end PM compares Jan–Dec with the whole year's budget.
    [
      'year to date at year end: H1 + H2',
      [row(1, 6, 500), row(7, 12, 700)],
      { endMonth: 12 },
      { amountKronor: 1200, estimated: false },
    ],
    [
      'the whole year stored beats its halves',
      [row(1, 12, 1250), row(7, 12, 700)],
      { endMonth: 12 },
      { amountKronor: 1250, estimated: false },
    ],
    ['H2 alone is not year to date', [row(7, 12, 700)], { endMonth: 12 }, null],
    // 2019: Växtverket started 1 September; its H2 row is its whole year.
    [
      'a mid-year start needs no rows before it',
      [row(7, 12, 474_887)],
      { endMonth: 12, firstMonth: 9 },
      { amountKronor: 474_887, estimated: false },
    ],
    [
      'an estimate stays marked ("beräknad")',
      [row(1, 6, 115_000, true)],
      { endMonth: 6 },
      { amountKronor: 115_000, estimated: true },
    ],
    ['H1 does not answer Q1', [row(1, 6, 955_076)], { endMonth: 3 }, null],
    [
      'a credit (negative utfall) is summed as it is',
      [row(1, 3, 10_000), row(4, 6, -2_000)],
      { endMonth: 6 },
      { amountKronor: 8_000, estimated: false },
    ],
  ])('%s', (_label, rows, options, expected) => {
    const result = sumOutcomeToDate(rows, options);
    expect(
      result === null ? null : { amountKronor: result.amountKronor, estimated: result.estimated },
    ).toEqual(expected);
  });
});
