import { describe, expect, it } from 'vitest';
import { listMonths } from './list-months.ts';

describe('listMonths', () => {
  it.each([
    ['2024Q2', ['2024-04', '2024-05', '2024-06']],
    ['2024H2', ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']],
    ['2024-05', ['2024-05']],
  ])('%s', (period, months) => {
    expect(listMonths(period)).toEqual(months);
  });

  it('a year has twelve months, January first', () => {
    const months = listMonths('2024');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2024-01');
    expect(months[11]).toBe('2024-12');
  });
});
