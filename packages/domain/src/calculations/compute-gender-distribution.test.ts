import { describe, expect, it } from 'vitest';
import { computeGenderDistribution } from './compute-gender-distribution.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';
import { sumParticipantTable } from './sum-participant-table.ts';
import {
  PARTICIPANTS_2022_H1,
  PARTICIPANTS_2022_H1_PRINTED,
} from './fixtures/participants-2022h1.fixtures.ts';
import {
  PARTICIPANTS_2024_H1,
  PARTICIPANTS_2024_H1_PRINTED,
} from './fixtures/participants-2024h1.fixtures.ts';

function percents(women: number | null | undefined, men: number | null | undefined) {
  const distribution = computeGenderDistribution(women, men);
  return [roundToWholePercent(distribution.women), roundToWholePercent(distribution.men)];
}

describe('computeGenderDistribution', () => {
  it.each<[number | null | undefined, number | null | undefined, number | null, number | null]>([
    [173, 89, 173 / 262, 89 / 262],
    [3, 0, 1, 0],
    [0, 0, null, null],
    [null, 5, null, null],
    [4, undefined, null, null],
  ])('K %s, M %s', (women, men, womenShare, menShare) => {
    expect(computeGenderDistribution(women, men)).toEqual({ women: womenShare, men: menShare });
  });
});

describe('2024-10 PM Tabell 6 "Fördelning kvinnor/män": all ten cells', () => {
  const totals = sumParticipantTable(PARTICIPANTS_2024_H1);
  it.each(Object.entries(PARTICIPANTS_2024_H1_PRINTED))('%s', (measure, printed) => {
    const counts = totals[measure as keyof typeof totals];
    expect(percents(counts?.women, counts?.men)).toEqual([
      printed.womenPercent,
      printed.menPercent,
    ]);
  });

  it('excluding the single-gender Kvinna Hälsa Arbete: 78 / 167 → 47 % women, 53 % men', () => {
    const registered = sumParticipantTable(PARTICIPANTS_2024_H1, {
      excludeSingleGenderTargetGroup: true,
    }).REGISTERED;
    expect(registered).toEqual({ women: 78, men: 89 });
    expect(percents(registered?.women, registered?.men)).toEqual([47, 53]);
  });
});

describe('2022 PM Tabell 6 and Tabell 8 "Fördelning kvinnor/män"', () => {
  const totals = sumParticipantTable(PARTICIPANTS_2022_H1);
  it.each(Object.entries(PARTICIPANTS_2022_H1_PRINTED))('%s', (measure, printed) => {
    const counts = totals[measure as keyof typeof totals];
    expect(percents(counts?.women, counts?.men)).toEqual([
      printed.womenPercent,
      printed.menPercent,
    ]);
  });
});

describe('2019 year-end PM: "42 % kvinnor respektive 58 % män" of those to work/studies', () => {
  it('103 K and 143 M (Tabell 6 TOTALT "103/143") → 42 % / 58 %', () => {
    expect(percents(103, 143)).toEqual([42, 58]);
  });
});
