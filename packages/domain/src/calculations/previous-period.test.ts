import { describe, expect, it } from 'vitest';
import { previousPeriod } from './previous-period.ts';

describe('previousPeriod', () => {
  it.each([
    ['2024', '2023'],
    ['2024H1', '2023H2'],
    ['2024H2', '2024H1'],
    ['2024Q1', '2023Q4'],
    ['2024Q3', '2024Q2'],
    ['2024-01', '2023-12'],
    ['2024-05', '2024-04'],
  ])('%s → %s', (period, previous) => {
    expect(previousPeriod(period).period).toBe(previous);
  });

  it('keeps the kind and its months', () => {
    expect(previousPeriod('2024Q1')).toEqual({
      period: '2023Q4',
      kind: 'QUARTER',
      year: 2023,
      startMonth: 10,
      endMonth: 12,
    });
  });
});
