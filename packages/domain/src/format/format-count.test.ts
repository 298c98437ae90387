import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../calculations/round-half-up.ts';
import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it.each<[number | null | undefined, string]>([
    [0, '0'],
    [7, '7'],
    [77, '77'],
    [999, '999'],
    [1000, '1\u00A0000'],
    [1312, '1\u00A0312'],
    [12_345, '12\u00A0345'],
    [123_456, '123\u00A0456'],
    [1_234_567, '1\u00A0234\u00A0567'],
    [-5, '\u22125'],
    [-1326, '\u22121\u00A0326'],
    [-0, '0'],
    [2.5, '3'],
    [-2.5, '\u22123'],
    [-0.4, '0'],
    [1e21, '1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0000\u00A0000\u00A0000'],
    [null, '\u2013'],
    [undefined, '\u2013'],
    [Number.NaN, '\u2013'],
    [Number.POSITIVE_INFINITY, '\u2013'],
    [Number.NEGATIVE_INFINITY, '\u2013'],
  ])('%s → %j', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it('writes every integer as Intl sv-SE does (the text it replaced)', () => {
    const intl = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
    const values = [0, 1, 9, 10, 99, 100, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER];
    // Magnitudes from 1 to 1e15, both signs, with fractions; a fixed sequence, not Math.random.
    let seed = 20_261_207;
    for (let n = 0; n < 2000; n++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const magnitude = 10 ** (n % 16);
      values.push(((seed / 2_147_483_648) * 2 - 1) * magnitude);
    }
    for (const value of values) expect(formatCount(value)).toBe(intl.format(roundHalfUp(value)));
  });
});
