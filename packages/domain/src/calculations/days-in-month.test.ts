import { describe, expect, it } from 'vitest';
import { daysInMonth } from './days-in-month.ts';

describe('daysInMonth', () => {
  it.each([
    [2024, 1, 31],
    [2024, 2, 29],
    [2023, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 6, 30],
    [2024, 12, 31],
  ])('%d-%d → %d', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});
