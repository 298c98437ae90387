import { describe, expect, it } from 'vitest';
import { MINUS_SIGN, NO_BREAK_SPACE, NO_DATA } from './characters.ts';

describe('Swedish formatting characters', () => {
  it.each([
    ['NO_BREAK_SPACE', NO_BREAK_SPACE, 0x00a0],
    ['MINUS_SIGN', MINUS_SIGN, 0x2212],
    ['NO_DATA', NO_DATA, 0x2013],
  ])('%s is U+%s', (_name, character, codePoint) => {
    expect(character.codePointAt(0)).toBe(codePoint);
    expect(character).toHaveLength(1);
  });

  it('are the ones Intl sv-SE itself uses', () => {
    expect(new Intl.NumberFormat('sv-SE').format(-2959)).toBe(`${MINUS_SIGN}2${NO_BREAK_SPACE}959`);
    expect(new Intl.NumberFormat('sv-SE', { style: 'percent' }).format(0.93)).toBe(
      `93${NO_BREAK_SPACE}%`,
    );
  });
});
