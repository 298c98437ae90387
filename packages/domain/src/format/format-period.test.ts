import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../calculations/parse-period.ts';
import { formatPeriod } from './format-period.ts';

describe('formatPeriod', () => {
  it.each([
    ['2024', 'Helår 2024'],
    ['2024H1', 'Kvartal 1\u20132 2024'],
    ['2019H2', 'Kvartal 3\u20134 2019'],
    ['2024Q3', 'Kvartal 3 2024'],
    ['2024-05', 'Maj 2024'],
    ['2024-12', 'December 2024'],
  ])('%s → %j', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });

  it('accepts a parsed range', () => {
    expect(formatPeriod(parsePeriod('2022H1'))).toBe('Kvartal 1\u20132 2022');
  });
});
