import { describe, expect, it } from 'vitest';
import { describePeriodCoverage, type TPeriodCoverage } from './describe-period-coverage.ts';
import { parsePeriod } from './parse-period.ts';

const rows = ['2024H1', '2022H1', '2019H2', '2019', '2024-05'].map((period) => ({ period }));

describe('describePeriodCoverage', () => {
  it.each<[string, TPeriodCoverage]>([
    ['2024H1', { hasData: true, dataThroughPeriod: '2024Q2', complete: true }],
    ['2024', { hasData: true, dataThroughPeriod: '2024Q2', complete: false }],
    ['2024Q2', { hasData: true, dataThroughPeriod: '2024Q2', complete: true }],
    ['2024Q1', { hasData: false, dataThroughPeriod: null, complete: false }],
    ['2022H2', { hasData: false, dataThroughPeriod: null, complete: false }],
    ['2031H1', { hasData: false, dataThroughPeriod: null, complete: false }],
    ['2019H2', { hasData: true, dataThroughPeriod: '2019Q4', complete: true }],
  ])('%s', (period, expected) => {
    expect(describePeriodCoverage(parsePeriod(period), rows)).toEqual(expected);
  });
});
