import { describe, expect, it } from 'vitest';
import { listPeriodsWithData } from './list-periods-with-data.ts';

describe('listPeriodsWithData', () => {
  it.each<[string, string[], string[]]>([
    [
      'a half-year row marks its year, half and last quarter',
      ['2024H1'],
      ['2024', '2024H1', '2024Q2'],
    ],
    ['the year-end case', ['2019H2', '2019'], ['2019', '2019H2', '2019Q4']],
    ['a month marks its quarter, half and year', ['2024-05'], ['2024', '2024H1', '2024Q2']],
    ['a quarter', ['2023Q3'], ['2023', '2023H2', '2023Q3']],
    [
      'newest first, no duplicates',
      ['2022H1', '2024H1', '2022H1'],
      ['2024', '2024H1', '2024Q2', '2022', '2022H1', '2022Q2'],
    ],
    ['nothing', [], []],
  ])('%s', (_name, stored, expected) => {
    expect(listPeriodsWithData(stored.map((period) => ({ period })))).toEqual(expected);
  });
});
