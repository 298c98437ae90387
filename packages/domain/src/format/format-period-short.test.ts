import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../calculations/parse-period.ts';
import { formatPeriodShort } from './format-period-short.ts';

describe('formatPeriodShort', () => {
  it.each([
    ['2024H1', 'Kv 1\u20132 2024'],
    ['2019H2', 'Kv 3\u20134 2019'],
    ['2024Q3', 'Kv 3 2024'],
    ['2024', 'Helår 2024'],
    ['2024-05', 'Maj 2024'],
  ])('%s → %j', (period, text) => {
    expect(formatPeriodShort(period)).toBe(text);
  });

  it('accepts a parsed range', () => {
    expect(formatPeriodShort(parsePeriod('2022H1'))).toBe('Kv 1\u20132 2022');
  });

  it('rejects a malformed period', () => {
    expect(() => formatPeriodShort('2024H3')).toThrow(RangeError);
  });
});
