import { describe, expect, it } from 'vitest';
import { checkParticipantConsistency } from './check-participant-consistency.ts';
import type { TGenderCounts, TParticipantMeasureCounts } from './gender-counts.ts';
import { PARTICIPANTS_2022_H1 } from './fixtures/participants-2022h1.fixtures.ts';
import { PARTICIPANTS_2024_H1 } from './fixtures/participants-2024h1.fixtures.ts';

type TExpected = { severity: string; code: string; path: string }[];

describe('checkParticipantConsistency', () => {
  it.each<[string, TParticipantMeasureCounts, TGenderCounts | undefined, TExpected]>([
    [
      'consistent counts',
      { ENDED: { women: 5, men: 5 }, ENDED_TO_WORK_OR_STUDIES: { women: 2, men: 5 } },
      undefined,
      [],
    ],
    [
      'ended to work > ended',
      { ENDED: { women: 5, men: 5 }, ENDED_TO_WORK_OR_STUDIES: { women: 6, men: 1 } },
      undefined,
      [{ severity: 'ERROR', code: 'PART_EXCEEDS_WHOLE', path: 'ENDED_TO_WORK_OR_STUDIES.women' }],
    ],
    [
      'only a total given',
      { ENDED: { unspecified: 10 }, ENDED_WITH_ACTION_PLAN: { unspecified: 11 } },
      undefined,
      [{ severity: 'ERROR', code: 'PART_EXCEEDS_WHOLE', path: 'ENDED_WITH_ACTION_PLAN.total' }],
    ],
    [
      'ended in the period > ended over the whole period',
      { ENDED: { women: 3, men: 2 }, ENDED_WHOLE_PERIOD: { women: 2, men: 2 } },
      undefined,
      [{ severity: 'ERROR', code: 'PART_EXCEEDS_WHOLE', path: 'ENDED.women' }],
    ],
    [
      // 2022 PM Tabell 9 vs Tabell 6 (DOMAIN.md §8): 32 + 10 = 42 women out of 41 ended.
      'known discrepancy: 2022 Tabell 9 gives 32 + 10 = 42 women to work/studies or job-seeking of 41 ended',
      {
        ENDED: { women: 41, men: 51 },
        ENDED_TO_WORK_OR_STUDIES: { women: 32, men: 32 },
        ENDED_TO_JOB_SEEKING: { women: 10, men: 15 },
      },
      undefined,
      [{ severity: 'ERROR', code: 'PARTS_EXCEED_WHOLE', path: 'ENDED_TO_JOB_SEEKING.women' }],
    ],
    [
      'combined column ≠ work/studies + job-seeking',
      {
        ENDED: { women: 10, men: 10 },
        ENDED_TO_WORK_OR_STUDIES: { women: 3, men: 3 },
        ENDED_TO_JOB_SEEKING: { women: 2, men: 2 },
        ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING: { women: 5, men: 6 },
      },
      undefined,
      [
        {
          severity: 'ERROR',
          code: 'COMBINED_MISMATCH',
          path: 'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING.men',
        },
      ],
    ],
    [
      'ongoing ≠ previous + registered − ended',
      {
        REGISTERED: { women: 3, men: 12 },
        ENDED: { women: 2, men: 10 },
        ONGOING: { women: 5, men: 22 },
      },
      { women: 3, men: 20 },
      [{ severity: 'WARNING', code: 'ONGOING_MISMATCH', path: 'ONGOING.women' }],
    ],
    [
      // 2022 Tabell 6 Bryggan: 3 + 12 registered, 2 + 10 ended, 5 + 22 ongoing.
      'ongoing consistent with the previous period',
      {
        REGISTERED: { women: 3, men: 12 },
        ENDED: { women: 2, men: 10 },
        ONGOING: { women: 5, men: 22 },
      },
      { women: 4, men: 20 },
      [],
    ],
    [
      // Bryggan's phases: those who move on to the successor leave without ending.
      'ongoing consistent once those who moved on to the successor are counted',
      {
        REGISTERED: { women: 3, men: 12 },
        ENDED: { women: 2, men: 10 },
        MOVED_TO_SUCCESSOR: { women: 1, men: 4 },
        ONGOING: { women: 4, men: 18 },
      },
      { women: 4, men: 20 },
      [],
    ],
    [
      'moved on to the successor left out of ongoing',
      {
        REGISTERED: { women: 3, men: 12 },
        ENDED: { women: 2, men: 10 },
        MOVED_TO_SUCCESSOR: { women: 1, men: 4 },
        ONGOING: { women: 5, men: 22 },
      },
      { women: 4, men: 20 },
      [
        { severity: 'WARNING', code: 'ONGOING_MISMATCH', path: 'ONGOING.women' },
        { severity: 'WARNING', code: 'ONGOING_MISMATCH', path: 'ONGOING.men' },
      ],
    ],
    [
      'more moved on than there were participants',
      {
        REGISTERED: { women: 1, men: 2 },
        ENDED: { women: 0, men: 0 },
        MOVED_TO_SUCCESSOR: { women: 6, men: 2 },
        ONGOING: { women: 0, men: 2 },
      },
      { women: 4, men: 2 },
      [
        { severity: 'WARNING', code: 'ONGOING_MISMATCH', path: 'ONGOING.women' },
        { severity: 'ERROR', code: 'MOVED_EXCEEDS_PARTICIPANTS', path: 'MOVED_TO_SUCCESSOR.women' },
      ],
    ],
    [
      'missing counts are skipped, not read as 0',
      { ENDED_TO_WORK_OR_STUDIES: { women: 6 }, ONGOING: { women: 5 } },
      { women: 1 },
      [],
    ],
  ])('%s', (_label, counts, previousOngoing, expected) => {
    const problems = checkParticipantConsistency(counts, previousOngoing);
    expect(problems.map(({ severity, code, path }) => ({ severity, code, path }))).toEqual(
      expected,
    );
  });

  it('names those who moved on in the ongoing warning', () => {
    const [problem] = checkParticipantConsistency(
      {
        REGISTERED: { women: 3, men: 12 },
        ENDED: { women: 2, men: 10 },
        MOVED_TO_SUCCESSOR: { women: 1, men: 4 },
        ONGOING: { women: 5, men: 18 },
      },
      { women: 4, men: 20 },
    );
    expect(problem!.message).toBe(
      'Kvinnor: pågående (5) stämmer inte med pågående vid förra periodens slut (4) + inregistrerade (3) \u2212 avslutade (2) \u2212 gått vidare till efterföljande insats (1) = 4.',
    );
  });

  it('writes Swedish messages with the numbers', () => {
    const [problem] = checkParticipantConsistency({
      ENDED: { women: 41, men: 51 },
      ENDED_TO_WORK_OR_STUDIES: { women: 32, men: 32 },
      ENDED_TO_JOB_SEEKING: { women: 10, men: 15 },
    });
    expect(problem?.message).toBe(
      'Kvinnor: avslutade till arbete och/eller studier (32) och avslutade som arbetssökande (10) är tillsammans 42, fler än avslutade (41).',
    );
    expect(problem?.relatedPaths).toEqual(['ENDED_TO_WORK_OR_STUDIES.women', 'ENDED.women']);
  });

  it('an ongoing warning names the arithmetic', () => {
    const [problem] = checkParticipantConsistency(
      { REGISTERED: { unspecified: 37 }, ENDED: { unspecified: 9 }, ONGOING: { unspecified: 26 } },
      { unspecified: 0 },
    );
    expect(problem?.message).toBe(
      'Totalt: pågående (26) stämmer inte med pågående vid förra periodens slut (0) + inregistrerade (37) \u2212 avslutade (9) = 28.',
    );
  });

  // 2019 PM Tabell 6 (DOMAIN.md §8): over the whole period, ongoing should be registered − ended.
  it.each([
    ['Knivsta, En väg in', 37, 9, 26, 28],
    ['Östhammar, Bryggan', 25, 9, 14, 16],
    ['Enköping, Jobbcentrum', 64, 44, 15, 20],
  ])(
    'known discrepancy: 2019 Tabell 6 %s: %i registered − %i ended prints %i ongoing, computed %i',
    (_name, registered, ended, ongoing, expected) => {
      const problems = checkParticipantConsistency(
        {
          REGISTERED: { unspecified: registered },
          ENDED: { unspecified: ended },
          ONGOING: { unspecified: ongoing },
        },
        { unspecified: 0 },
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toContain(`= ${expected}.`);
    },
  );

  it.each(
    [...PARTICIPANTS_2024_H1, ...PARTICIPANTS_2022_H1].map((row) => [row.name, row] as const),
  )('the printed Tabell 6 / Tabell 8 row of %s has no part exceeding its whole', (_name, row) => {
    expect(checkParticipantConsistency(row.measures)).toEqual([]);
  });
});
