import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.ts';
import { periodEndDate } from './period-end-date.ts';

describe('periodEndDate', () => {
  it.each([
    ['2024H1', '2024-06-30'],
    ['2024H2', '2024-12-31'],
    ['2024', '2024-12-31'],
    ['2024Q1', '2024-03-31'],
    ['2024Q3', '2024-09-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
  ])('%s → %s', (period, date) => {
    expect(periodEndDate(period)).toBe(date);
  });

  it('accepts a parsed range', () => {
    expect(periodEndDate(parsePeriod('2022H1'))).toBe('2022-06-30');
  });
});
