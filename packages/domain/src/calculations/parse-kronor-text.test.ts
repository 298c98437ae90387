import { describe, expect, it } from 'vitest';
import { parseKronorText } from './parse-kronor-text.ts';

describe('parseKronorText', () => {
  it.each([
    ['955 076', 955_076],
    ['955\u00a0076', 955_076],
    ['955076', 955_076],
    ['1 138 235 kr', 1_138_235],
    ['955 076,00', 955_076],
    ['1.138.235', 1_138_235],
    ['\u22121 300 000', -1_300_000],
    ['-1 300', -1_300],
    ['0', 0],
    ['  ', null],
    ['', null],
  ])('"%s" → %s', (text, kronor) => {
    expect(parseKronorText(text)).toEqual({ ok: true, kronor });
  });

  it.each([
    ['955 076,50', 'Ange beloppet i hela kronor, utan ören.'],
    ['abc', '"abc" är inte ett belopp i kronor.'],
    ['12.34', '"12.34" är inte ett belopp i kronor.'],
    ['99999999999', 'Beloppet är orimligt stort.'],
  ])('"%s" is refused: %s', (text, message) => {
    expect(parseKronorText(text)).toEqual({ ok: false, message });
  });
});
