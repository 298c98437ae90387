import { describe, expect, it } from 'vitest';
import { pickCoveringPeriods, type TMonthSpan } from './pick-covering-periods.ts';

const span = (startMonth: number, endMonth: number): TMonthSpan => ({ startMonth, endMonth });

describe('pickCoveringPeriods', () => {
  it.each<[string, TMonthSpan[], number, number, TMonthSpan[] | null]>([
    ['nothing stored', [], 1, 6, null],
    ['the period itself (2024H1)', [span(1, 3), span(1, 6), span(4, 6)], 1, 6, [span(1, 6)]],
    ['two quarters make a half-year', [span(1, 3), span(4, 6)], 1, 6, [span(1, 3), span(4, 6)]],
    [
      'months make a quarter',
      [span(4, 4), span(5, 5), span(6, 6)],
      4,
      6,
      [span(4, 4), span(5, 5), span(6, 6)],
    ],
    [
      'the longest piece at each step',
      [span(1, 1), span(1, 3), span(2, 3), span(4, 6)],
      1,
      6,
      [span(1, 3), span(4, 6)],
    ],
    ['a gap is no data', [span(1, 3)], 1, 6, null],
    ['a missing month is no data', [span(4, 4), span(6, 6)], 4, 6, null],
    ['never runs past the end (H1 does not give Q1)', [span(1, 6)], 1, 3, null],
    [
      'year to date Jan–Dec from H1 + H2',
      [span(1, 6), span(7, 12)],
      1,
      12,
      [span(1, 6), span(7, 12)],
    ],
    ['the whole year stored as one (2019)', [span(7, 12), span(1, 12)], 1, 12, [span(1, 12)]],
    ['an empty range', [span(1, 6)], 7, 6, null],
  ])('%s', (_label, spans, start, end, expected) => {
    expect(pickCoveringPeriods(spans, start, end)).toEqual(expected);
  });

  it('returns the stored objects themselves', () => {
    const h1 = { startMonth: 1, endMonth: 6, amountKronor: 955_076 };
    expect(pickCoveringPeriods([h1], 1, 6)?.[0]).toBe(h1);
  });
});
