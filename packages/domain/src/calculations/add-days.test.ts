import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './add-days.ts';

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2024-04-30', -7, '2024-04-23'],
    ['2024-04-30', 7, '2024-05-07'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-30', 1, '2024-03-31'], // summer time starts 31 March 2024 in Sweden
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-31', 0, '2025-01-31'],
  ])('%s %+d → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects a malformed date or a fraction of a day', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2024-02-01', 0.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each<[string, string, number]>([
    ['2024-04-23', '2024-04-30', 7],
    ['2024-04-30', '2024-04-23', -7],
    ['2024-03-30', '2024-04-02', 3],
    ['2024-12-31', '2025-01-31', 31],
  ])('%s → %s = %d', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
