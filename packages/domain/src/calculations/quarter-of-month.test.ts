import { describe, expect, it } from 'vitest';
import { quarterOfMonth } from './quarter-of-month.ts';

describe('quarterOfMonth', () => {
  it.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [9, 3],
    [10, 4],
    [12, 4],
  ])('month %d → Q%d', (month, quarter) => {
    expect(quarterOfMonth(month)).toBe(quarter);
  });

  it.each([0, 13, 2.5, Number.NaN])('rejects %d', (month) => {
    expect(() => quarterOfMonth(month)).toThrow(RangeError);
  });
});
