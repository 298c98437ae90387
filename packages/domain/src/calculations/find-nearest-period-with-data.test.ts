import { describe, expect, it } from 'vitest';
import { findNearestPeriodWithData } from './find-nearest-period-with-data.ts';

const seeded = [
  '2024',
  '2024H1',
  '2024Q2',
  '2023',
  '2023H1',
  '2023Q2',
  '2022',
  '2022H1',
  '2022Q2',
  '2019',
  '2019H2',
  '2019Q4',
];

describe('findNearestPeriodWithData', () => {
  it.each<[string, string[], string | null]>([
    ['2022H2', seeded, '2022H1'],
    ['2031H1', seeded, '2024H1'],
    ['2025', seeded, '2024'],
    ['2020H1', seeded, '2019H2'],
    ['2024Q3', seeded, '2024Q2'],
    ['2024H1', seeded, null],
    ['2024H1', [], null],
    ['2024-05', ['2024H1'], '2024H1'],
  ])('%s → %s', (period, available, expected) => {
    expect(findNearestPeriodWithData(period, available)).toBe(expected);
  });
});
