import { describe, expect, it } from 'vitest';
import { computeWeightedShare, type TWeightedShareRow } from './compute-weighted-share.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';
import { OUTCOMES_2019_H2 } from './fixtures/participants-2019h2.fixtures.ts';
import { PARTICIPANTS_2022_H1 } from './fixtures/participants-2022h1.fixtures.ts';

describe('computeWeightedShare', () => {
  it.each<[string, TWeightedShareRow[], number | null]>([
    [
      'Σ part ÷ Σ whole',
      [
        { part: 1, whole: 2 },
        { part: 3, whole: 6 },
      ],
      0.5,
    ],
    [
      'a row with a missing side is left out whole',
      [
        { part: 1, whole: 4 },
        { part: null, whole: 96 },
      ],
      0.25,
    ],
    ['0/0 rows give null', [{ part: 0, whole: 0 }], null],
    ['no rows', [], null],
  ])('%s', (_label, rows, share) => {
    expect(computeWeightedShare(rows)).toBe(share);
  });

  it('2022 Tabell 8 "Summa": 64 of 92 → 70 % (weighted; the unweighted mean of the rows would differ)', () => {
    const rows = PARTICIPANTS_2022_H1.map((r) => ({
      part: r.measures.ENDED_TO_WORK_OR_STUDIES.women + r.measures.ENDED_TO_WORK_OR_STUDIES.men,
      whole: r.measures.ENDED.women + r.measures.ENDED.men,
    }));
    expect(roundToWholePercent(computeWeightedShare(rows))).toBe(70);
  });

  it('2019 Tabell 6 "TOTALT": 246 of 355 → 69 %', () => {
    const rows = OUTCOMES_2019_H2.map((r) => ({ part: r.women + r.men, whole: r.ended }));
    expect(roundToWholePercent(computeWeightedShare(rows))).toBe(69);
  });
});
