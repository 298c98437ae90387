import { describe, expect, it } from 'vitest';
import { computeOutcomeShares, type TOutcomeShareGroup } from './compute-outcome-shares.ts';
import { roundToWholePercent } from './round-to-whole-percent.ts';
import { sumParticipantTable } from './sum-participant-table.ts';
import { OUTCOMES_2019_H2 } from './fixtures/participants-2019h2.fixtures.ts';
import { PARTICIPANTS_2022_H1 } from './fixtures/participants-2022h1.fixtures.ts';
import { PARTICIPANTS_2024_H1 } from './fixtures/participants-2024h1.fixtures.ts';

const percent = (share: number | null) => roundToWholePercent(share);

describe('computeOutcomeShares', () => {
  it('uses the combined count when given, else work/studies + job-seeking', () => {
    const combined = computeOutcomeShares({
      ended: { women: 10, men: 10 },
      endedToWorkOrStudies: { women: 4, men: 2 },
      endedToWorkStudiesOrJobSeeking: { women: 6, men: 5 },
    });
    const summed = computeOutcomeShares({
      ended: { women: 10, men: 10 },
      endedToWorkOrStudies: { women: 4, men: 2 },
      endedToJobSeeking: { women: 2, men: 3 },
    });
    expect(combined).toEqual(summed);
    expect(summed.total).toEqual<TOutcomeShareGroup>({
      ended: 20,
      toWorkOrStudies: 6,
      toWorkStudiesOrJobSeeking: 11,
      other: 9,
      shareToWorkOrStudies: 0.3,
      shareToWorkStudiesOrJobSeeking: 0.55,
      shareOther: 0.45,
    });
  });

  it('without job-seeking data the "including arbetssökande" share and the rest are null', () => {
    const shares = computeOutcomeShares({
      ended: { women: 4 },
      endedToWorkOrStudies: { women: 1 },
    });
    expect(shares.women.shareToWorkOrStudies).toBe(0.25);
    expect(shares.women.shareToWorkStudiesOrJobSeeking).toBeNull();
    expect(shares.women.shareOther).toBeNull();
    expect(shares.men.shareToWorkOrStudies).toBeNull();
  });

  it('0 ended gives null shares, not 0 %', () => {
    const shares = computeOutcomeShares({
      ended: { women: 0, men: 0 },
      endedToWorkOrStudies: { women: 0, men: 0 },
    });
    expect([
      shares.women.shareToWorkOrStudies,
      shares.men.shareToWorkOrStudies,
      shares.total.shareToWorkOrStudies,
    ]).toEqual([null, null, null]);
  });
});

describe('2024-10 PM, Q1–Q2 2024 (text and Tabell 6)', () => {
  const totals = sumParticipantTable(PARTICIPANTS_2024_H1);
  // "59 individer till arbete och/eller studier" appears only in the text, without K/M.
  const shares = computeOutcomeShares({
    ended: totals.ENDED ?? {},
    endedToWorkOrStudies: { unspecified: 59 },
    endedToWorkStudiesOrJobSeeking: totals.ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING ?? {},
  });

  it.each([
    ['59 of 127 to work/studies', shares.total.shareToWorkOrStudies, 46],
    ['77 of 127 incl. arbetssökande', shares.total.shareToWorkStudiesOrJobSeeking, 61],
    ['50 of 127 to other reasons ("50 personer (39 %)")', shares.total.shareOther, 39],
  ])('%s → %d %', (_label, share, printed) => {
    expect(percent(share)).toBe(printed);
  });

  it('the rest is 50 people', () => {
    expect(shares.total.other).toBe(50);
  });
});

describe('2022 PM Tabell 8 "Andel till arbete och eller studier (%)": every row', () => {
  const cells = PARTICIPANTS_2022_H1.flatMap((row) => {
    const shares = computeOutcomeShares({
      ended: row.measures.ENDED,
      endedToWorkOrStudies: row.measures.ENDED_TO_WORK_OR_STUDIES,
    });
    return (['women', 'men', 'total'] as const).map((group, i) => ({
      name: row.name,
      group,
      printed: row.printedShares[i],
      computed: percent(shares[group].shareToWorkOrStudies),
    }));
  });
  const isKnown = (c: (typeof cells)[number]) =>
    (c.name.startsWith('Bryggan') && c.group === 'men') || c.name.startsWith('Arbetslivsintro');

  it.each(cells.filter((c) => !isKnown(c)))(
    '$name $group prints $printed',
    ({ computed, printed }) => {
      expect(computed).toBe(printed);
    },
  );

  it('Framsteget 2.0: K 10/12 → 83 %, M 13/13 → 100 %, total 23/25 → 92 %', () => {
    const row = PARTICIPANTS_2022_H1[0];
    const shares = computeOutcomeShares({
      ended: row.measures.ENDED,
      endedToWorkOrStudies: row.measures.ENDED_TO_WORK_OR_STUDIES,
    });
    expect(
      [shares.women, shares.men, shares.total].map((g) => percent(g.shareToWorkOrStudies)),
    ).toEqual([83, 100, 92]);
  });

  it('known discrepancy: 2022 Tabell 8 Bryggan M prints 33 % for 3 of 10, computed 30 %', () => {
    const cell = cells.find((c) => c.name.startsWith('Bryggan') && c.group === 'men');
    expect(cell?.printed).toBe(33);
    expect(cell?.computed).toBe(30);
  });

  it('deliberate difference: 2022 Tabell 8 Arbetslivsintro prints "0" for 0 of 0 ended; we return null (shown "–")', () => {
    const arbetslivsintro = cells.filter((c) => c.name.startsWith('Arbetslivsintro'));
    expect(arbetslivsintro.map((c) => c.printed)).toEqual([0, 0, 0]);
    expect(arbetslivsintro.map((c) => c.computed)).toEqual([null, null, null]);
  });

  it('Summa: 64 of 92 → 70 %', () => {
    const totals = sumParticipantTable(PARTICIPANTS_2022_H1);
    const shares = computeOutcomeShares({
      ended: totals.ENDED ?? {},
      endedToWorkOrStudies: totals.ENDED_TO_WORK_OR_STUDIES ?? {},
    });
    expect(shares.total.toWorkOrStudies).toBe(64);
    expect(percent(shares.total.shareToWorkOrStudies)).toBe(70);
  });
});

describe('2019 year-end PM Tabell 6 "Andel till arbete och/eller studier" (OCR)', () => {
  const isKnown = (name: string) => name === 'Uppsala, Ung Intro';

  it.each(OUTCOMES_2019_H2.filter((r) => !isKnown(r.name)))(
    '$name prints $printedPercent %',
    (row) => {
      const shares = computeOutcomeShares({
        ended: { unspecified: row.ended },
        endedToWorkOrStudies: { women: row.women, men: row.men },
      });
      expect(percent(shares.total.shareToWorkOrStudies)).toBe(row.printedPercent);
    },
  );

  it('known discrepancy: 2019 Tabell 6 Ung Intro prints 55 % for 5 of 9, computed 56 %', () => {
    const row = OUTCOMES_2019_H2.find((r) => isKnown(r.name));
    expect(row?.printedPercent).toBe(55);
    const shares = computeOutcomeShares({
      ended: { unspecified: row?.ended },
      endedToWorkOrStudies: { women: row?.women, men: row?.men },
    });
    expect(shares.total.toWorkOrStudies).toBe(5);
    expect(percent(shares.total.shareToWorkOrStudies)).toBe(56);
  });
});
