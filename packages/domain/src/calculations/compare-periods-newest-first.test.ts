import { describe, expect, it } from 'vitest';
import { comparePeriodsNewestFirst } from './compare-periods-newest-first.ts';

describe('comparePeriodsNewestFirst', () => {
  it.each<[string, string[], string[]]>([
    [
      'years and half-years of the seed papers',
      ['2019', '2022H1', '2024H1', '2019H2'],
      ['2024H1', '2022H1', '2019', '2019H2'],
    ],
    [
      'the longer of two periods ending together first',
      ['2024Q4', '2024-12', '2024H2', '2024'],
      ['2024', '2024H2', '2024Q4', '2024-12'],
    ],
    [
      'half-year before its last quarter',
      ['2024Q2', '2024H1', '2024Q1'],
      ['2024H1', '2024Q2', '2024Q1'],
    ],
    ['lower case is read as upper case', ['2022h1', '2024h1'], ['2024h1', '2022h1']],
  ])('%s', (_label, input, expected) => {
    expect([...input].sort(comparePeriodsNewestFirst)).toEqual(expected);
  });

  it('is 0 for the same period', () => {
    expect(comparePeriodsNewestFirst('2024H1', '2024h1')).toBe(0);
  });
});
