import { describe, expect, it } from 'vitest';
import { samePeriodLastYear } from './same-period-last-year.ts';

describe('samePeriodLastYear', () => {
  it.each([
    ['2024H1', '2023H1'],
    ['2024Q4', '2023Q4'],
    ['2024-05', '2023-05'],
    ['2024', '2023'],
  ])('%s → %s', (period, lastYear) => {
    expect(samePeriodLastYear(period).period).toBe(lastYear);
  });
});
