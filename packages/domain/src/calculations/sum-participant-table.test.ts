import { describe, expect, it } from 'vitest';
import { sumParticipantTable, type TParticipantTableRow } from './sum-participant-table.ts';
import { totalOfGenderCounts } from './total-of-gender-counts.ts';
import {
  PARTICIPANTS_2022_H1,
  PARTICIPANTS_2022_H1_PRINTED,
} from './fixtures/participants-2022h1.fixtures.ts';
import {
  PARTICIPANTS_2024_H1,
  PARTICIPANTS_2024_H1_PRINTED,
} from './fixtures/participants-2024h1.fixtures.ts';

describe('sumParticipantTable', () => {
  it.each<[string, TParticipantTableRow[], ReturnType<typeof sumParticipantTable>]>([
    ['no rows', [], {}],
    [
      'a field no row reports stays missing',
      [
        { measures: { ENDED: { women: 2 } } },
        { measures: { ENDED: { women: 3, unspecified: 1 } } },
      ],
      { ENDED: { women: 5, unspecified: 1 } },
    ],
    [
      'single-gender rows are kept by default',
      [
        { measures: { REGISTERED: { women: 95, men: 0 } }, singleGenderTargetGroup: true },
        { measures: { REGISTERED: { women: 1, men: 2 } } },
      ],
      { REGISTERED: { women: 96, men: 2 } },
    ],
  ])('%s', (_label, rows, expected) => {
    expect(sumParticipantTable(rows)).toEqual(expected);
  });

  it('can leave out single-gender rows', () => {
    const rows: TParticipantTableRow[] = [
      { measures: { REGISTERED: { women: 95, men: 0 } }, singleGenderTargetGroup: true },
      { measures: { REGISTERED: { women: 1, men: 2 } } },
    ];
    expect(sumParticipantTable(rows, { excludeSingleGenderTargetGroup: true })).toEqual({
      REGISTERED: { women: 1, men: 2 },
    });
  });
});

describe.each([
  ['2024-10 PM Tabell 6 "Totalt"', PARTICIPANTS_2024_H1, PARTICIPANTS_2024_H1_PRINTED],
  [
    '2022 PM Tabell 6 "Summa" (and Tabell 8 for ENDED_TO_WORK_OR_STUDIES)',
    PARTICIPANTS_2022_H1,
    PARTICIPANTS_2022_H1_PRINTED,
  ],
] as const)('%s', (_paper, rows, printed) => {
  const totals = sumParticipantTable(rows);
  it.each(Object.entries(printed))('%s K / M / S:a', (measure, cells) => {
    const counts = totals[measure as keyof typeof totals];
    expect([counts?.women, counts?.men, totalOfGenderCounts(counts)]).toEqual([
      cells.women,
      cells.men,
      cells.total,
    ]);
  });
});
