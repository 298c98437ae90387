import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it.each<[number | null | undefined, string]>([
    [0, '0'],
    [77, '77'],
    [1312, '1\u00A0312'],
    [1_234_567, '1\u00A0234\u00A0567'],
    [-5, '\u22125'],
    [-0, '0'],
    [2.5, '3'],
    [-0.4, '0'],
    [null, '\u2013'],
    [undefined, '\u2013'],
    [Number.NaN, '\u2013'],
  ])('%s → %j', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});
