import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2024', { period: '2024', kind: 'YEAR', year: 2024, startMonth: 1, endMonth: 12 }],
    ['2024H1', { period: '2024H1', kind: 'HALF', year: 2024, startMonth: 1, endMonth: 6 }],
    ['2019H2', { period: '2019H2', kind: 'HALF', year: 2019, startMonth: 7, endMonth: 12 }],
    ['2024Q1', { period: '2024Q1', kind: 'QUARTER', year: 2024, startMonth: 1, endMonth: 3 }],
    ['2024Q3', { period: '2024Q3', kind: 'QUARTER', year: 2024, startMonth: 7, endMonth: 9 }],
    ['2024Q4', { period: '2024Q4', kind: 'QUARTER', year: 2024, startMonth: 10, endMonth: 12 }],
    ['2024-05', { period: '2024-05', kind: 'MONTH', year: 2024, startMonth: 5, endMonth: 5 }],
    [' 2024h1 ', { period: '2024H1', kind: 'HALF', year: 2024, startMonth: 1, endMonth: 6 }],
    ['2022q2', { period: '2022Q2', kind: 'QUARTER', year: 2022, startMonth: 4, endMonth: 6 }],
  ])('%j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(['2024H3', '2024Q5', '2024-13', '2024-00', '24', '2024-5', 'H1 2024', ''])(
    'rejects %j with a Swedish message',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(/Ogiltig period/);
    },
  );
});
