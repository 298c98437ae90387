import { describe, expect, it } from 'vitest';
import {
  listAvailablePeriods,
  listTrendPeriods,
  resolveDashboardPeriod,
} from './dashboard-period-service.ts';

describe('listAvailablePeriods', () => {
  it('lists each stored period once, newest first, without single months', () => {
    const rows = ['2022H1', '2024H1', '2024H1', '2019', '2019H2', '2024-05', '2023h1'].map(
      (period) => ({ period }),
    );
    expect(listAvailablePeriods(rows)).toEqual(['2024H1', '2023H1', '2022H1', '2019', '2019H2']);
  });
});

describe('resolveDashboardPeriod', () => {
  it.each<[string | undefined, string[], string]>([
    ['2022h1', ['2024H1'], '2022H1'],
    [undefined, ['2024H1', '2022H1'], '2024H1'],
    [undefined, [], '2026'],
  ])('asked %s with %j → %s', (requested, available, expected) => {
    expect(
      resolveDashboardPeriod(requested, available, new Date('2026-03-01T12:00:00Z')).period,
    ).toBe(expected);
  });
});

describe('listTrendPeriods', () => {
  const available = ['2024H1', '2023H1', '2022H1', '2021H1', '2019', '2019H2'];
  it.each<[string, string[]]>([
    ['2024H1', ['2019H2', '2021H1', '2022H1', '2023H1', '2024H1']],
    ['2022H1', ['2019H2', '2021H1', '2022H1']],
    ['2019', ['2019']],
    // The shown period is always a point, even without data of its own.
    ['2024Q2', ['2024Q2']],
  ])('%s → %j', (period, expected) => {
    const range = resolveDashboardPeriod(period, []);
    expect(listTrendPeriods(range, available).map((p) => p.period)).toEqual(expected);
  });
});
