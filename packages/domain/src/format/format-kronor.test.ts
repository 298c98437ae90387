import { describe, expect, it } from 'vitest';
import { formatKronor, type TFormatKronorOptions } from './format-kronor.ts';

describe('formatKronor', () => {
  it.each<[number | null | undefined, TFormatKronorOptions | undefined, string]>([
    [14_416_183, undefined, '14\u00A0416\u00A0183'],
    [982_500, { unit: true }, '982\u00A0500\u00A0kr'],
    [-1_300_000, undefined, '\u22121\u00A0300\u00A0000'],
    [1_401_666.5, undefined, '1\u00A0401\u00A0667'],
    [0, { unit: true }, '0\u00A0kr'],
    [null, { unit: true }, '\u2013'],
    [undefined, undefined, '\u2013'],
  ])('%s %j → %j', (kronor, options, text) => {
    expect(formatKronor(kronor, options)).toBe(text);
  });
});
