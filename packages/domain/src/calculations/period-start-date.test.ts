import { describe, expect, it } from 'vitest';
import { periodStartDate } from './period-start-date.ts';

describe('periodStartDate', () => {
  it.each([
    ['2024', '2024-01-01'],
    ['2024H2', '2024-07-01'],
    ['2024Q4', '2024-10-01'],
    ['2024-05', '2024-05-01'],
  ])('%s → %s', (period, date) => {
    expect(periodStartDate(period)).toBe(date);
  });
});
