import { describe, expect, it } from 'vitest';
import { parseParticipantImport } from './parse-participant-import.ts';

const HEADER = ['Månad', 'Mått', 'Kvinnor', 'Män'];

describe('parseParticipantImport', () => {
  it('groups rows by month, measures and end reasons, in month order', () => {
    const result = parseParticipantImport([
      HEADER,
      ['2024-05', 'Inregistrerade', '4', '2'],
      ['2024-04', 'Inregistrerade', '3', '1'],
      ['2024-04', 'Avslutade', '2', '1'],
      ['2024-04', 'Avslutsorsak: Studier', '1', '0'],
      ['', '', '', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.months).toEqual([
      {
        month: '2024-04',
        rows: [3, 4, 5],
        measures: { REGISTERED: { women: 3, men: 1 }, ENDED: { women: 2, men: 1 } },
        endReasons: { STUDIES: { women: 1, men: 0 } },
      },
      {
        month: '2024-05',
        rows: [2],
        measures: { REGISTERED: { women: 4, men: 2 } },
        endReasons: {},
      },
    ]);
  });

  it.each<[string, string[], string]>([
    [
      'a month not as YYYY-MM',
      ['maj 2024', 'Inregistrerade', '1', '1'],
      'Månaden "maj 2024" ska skrivas som 2024-05.',
    ],
    ['an unknown measure', ['2024-05', 'Deltagare', '1', '1'], 'Måttet "Deltagare" finns inte.'],
    [
      'a negative count',
      ['2024-05', 'Avslutade', '-1', '1'],
      'Kvinnor ska vara ett antal (heltal 0 eller större), inte "-1".',
    ],
    [
      'a decimal',
      ['2024-05', 'Avslutade', '1', '1,5'],
      'Män ska vara ett antal (heltal 0 eller större), inte "1,5".',
    ],
  ])('refuses %s with its row number and returns no month', (_name, row, message) => {
    const result = parseParticipantImport([HEADER, ['2024-04', 'Inregistrerade', '1', '1'], row]);
    expect(result).toEqual({ months: [], errors: [{ row: 3, message }] });
  });

  it('names a duplicate row and the row it repeats', () => {
    const result = parseParticipantImport([
      HEADER,
      ['2024-05', 'Inregistrerade', '1', '1'],
      ['2024-05', 'REGISTERED', '2', '1'],
    ]);
    expect(result.errors).toEqual([
      { row: 3, message: 'Samma mått och månad finns redan på rad 2.' },
    ]);
  });

  it('reads headers in any order and case; names missing columns', () => {
    expect(
      parseParticipantImport([
        ['män', 'KVINNOR', 'mått', 'månad'],
        ['1', '2', 'Avslutade', '2024-01'],
      ]).months[0]?.measures,
    ).toEqual({ ENDED: { women: 2, men: 1 } });
    expect(parseParticipantImport([['Månad', 'Antal']]).errors).toEqual([
      {
        row: 1,
        message:
          'Rubrikraden saknar kolumnen Mått, Kvinnor, Män. Rubrikerna ska vara Månad, Mått, Kvinnor och Män.',
      },
    ]);
    expect(parseParticipantImport([]).errors).toEqual([{ row: 1, message: 'Filen är tom.' }]);
  });
});
