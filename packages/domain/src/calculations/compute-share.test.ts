import { describe, expect, it } from 'vitest';
import { computeShare } from './compute-share.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';

describe('computeShare', () => {
  it.each<[string, number | null | undefined, number | null | undefined, number | null]>([
    // 2024-10 text: "Av dessa gick 59 individer till arbete och/eller studier vilket motsvarar 46 %"
    ['2024 H1: 59 of 127 to work/studies', 59, 127, 46],
    ['2024 H1: 77 of 127 incl. arbetssökande', 77, 127, 61],
    ['2024 H1: 50 of 127 to other reasons', 50, 127, 39],
    ['2024 H1: rehab plan 0 of 5', 0, 5, 0],
    ['0/0 is no data', 0, 0, null],
    ['missing part', null, 10, null],
    ['missing whole', 3, undefined, null],
  ])('%s → %s %', (_label, part, whole, percent) => {
    expect(roundToWholePercent(computeShare(part, whole))).toBe(percent);
  });
});
