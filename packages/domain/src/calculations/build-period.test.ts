import { describe, expect, it } from 'vitest';
import type { TPeriodKind } from '../schemas/index.ts';
import { buildPeriod } from './build-period.ts';

describe('buildPeriod', () => {
  it.each<[TPeriodKind, number, number, string, number]>([
    ['YEAR', 2024, 1, '2024', 12],
    ['HALF', 2024, 1, '2024H1', 6],
    ['HALF', 2024, 7, '2024H2', 12],
    ['QUARTER', 2024, 10, '2024Q4', 12],
    ['MONTH', 2024, 9, '2024-09', 9],
  ])('%s %d from month %d → %s', (kind, year, startMonth, period, endMonth) => {
    expect(buildPeriod(kind, year, startMonth)).toEqual({
      period,
      kind,
      year,
      startMonth,
      endMonth,
    });
  });

  it.each<[TPeriodKind, number]>([
    ['HALF', 4],
    ['QUARTER', 2],
    ['YEAR', 7],
    ['MONTH', 13],
    ['MONTH', 0],
  ])('rejects %s starting in month %d', (kind, startMonth) => {
    expect(() => buildPeriod(kind, 2024, startMonth)).toThrow(RangeError);
  });
});
