import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-iso-date.ts';

describe('formatIsoDate', () => {
  it.each([
    [2024, 6, 30, '2024-06-30'],
    [2025, 1, 1, '2025-01-01'],
    [2019, 12, 31, '2019-12-31'],
  ])('%d, %d, %d → %s', (year, month, day, text) => {
    expect(formatIsoDate(year, month, day)).toBe(text);
  });
});
