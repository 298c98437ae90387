import { describe, expect, it } from 'vitest';
import { formatPercent } from './format-percent.ts';
import { formatTsek } from './format-tsek.ts';

describe('formatPercent', () => {
  it.each<[number | null | undefined, string]>([
    [955_076 / 1_326_000, '72\u00A0%'],
    [198_647 / 180_000, '110\u00A0%'],
    [9_627_932 / 10_328_500, '93\u00A0%'],
    [59 / 127, '46\u00A0%'],
    [0.285, '29\u00A0%'],
    [0, '0\u00A0%'],
    [1, '100\u00A0%'],
    [-0.75, '\u221275\u00A0%'],
    [10.33, '1\u00A0033\u00A0%'],
    [null, '\u2013'],
    [undefined, '\u2013'],
    [Number.NaN, '\u2013'],
  ])('%s → %j', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  it('matches Intl sv-SE percent style for whole percents', () => {
    for (const ratio of [0, 0.07, 0.93, 1, 1.1]) {
      expect(formatPercent(ratio)).toBe(
        new Intl.NumberFormat('sv-SE', { style: 'percent' }).format(ratio),
      );
    }
  });
});

describe('2024-10 PM Tabell 4 rows, formatted', () => {
  it.each([
    ['Jobbcentrum', 955_076, 1_326_000, ['955', '1\u00A0326', '72\u00A0%']],
    ['Förstudie pilotprojekt (no budget)', 115_000, 0, ['115', '0', '\u2013']],
  ] as const)('%s', (_name, outcomeKronor, expectedKronor, cells) => {
    const ratio = expectedKronor === 0 ? null : outcomeKronor / expectedKronor;
    expect([formatTsek(outcomeKronor), formatTsek(expectedKronor), formatPercent(ratio)]).toEqual(
      cells,
    );
  });
});
