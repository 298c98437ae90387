import { describe, expect, it } from 'vitest';
import { toPeriodRange } from './to-period-range.ts';

describe('toPeriodRange', () => {
  const range = { period: '2024H1', kind: 'HALF', year: 2024, startMonth: 1, endMonth: 6 } as const;

  it.each([
    ['a text', '2024h1'],
    ['a parsed range', range],
  ])('accepts %s', (_label, input) => {
    expect(toPeriodRange(input)).toEqual(range);
  });

  it('returns a given range as is', () => {
    expect(toPeriodRange(range)).toBe(range);
  });
});
