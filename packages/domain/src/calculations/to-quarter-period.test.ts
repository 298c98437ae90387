import { describe, expect, it } from 'vitest';
import { toQuarterPeriod } from './to-quarter-period.ts';

describe('toQuarterPeriod', () => {
  it.each<[number, number, string]>([
    [2024, 2, '2024Q2'],
    [2019, 4, '2019Q4'],
    [2022, 1, '2022Q1'],
  ])('%i kvartal %i → %s', (year, quarter, expected) => {
    expect(toQuarterPeriod(year, quarter)).toBe(expected);
  });
  it.each([
    [2024, 0],
    [2024, 5],
    [2024.5, 1],
  ])('rejects %s Q%s', (year, quarter) => {
    expect(() => toQuarterPeriod(year, quarter)).toThrow(RangeError);
  });
});
