import { describe, expect, it } from 'vitest';
import { parseRequisitionList, type TRequisitionListParse } from './parse-requisition-list.ts';

// Two interventions of the 2024 H1 PM's Tabell 4: Jobbcentrum 955 TSEK, Knivsta's En väg in.
const TARGETS = [
  {
    interventionId: 'jc',
    shortName: 'Jobbcentrum',
    names: ['Jobbcentrum – din väg framåt', 'Jobbcentrum - din väg framåt'],
  },
  { interventionId: 'evi', shortName: 'En väg in - steget vidare', names: ['En väg in Knivsta'] },
];
const H = ['Insats', 'Belopp', 'Beräknat'];

describe('parseRequisitionList', () => {
  it.each<[string, string[][], TRequisitionListParse]>([
    [
      'one row each, matched by an alias with another dash',
      [H, ['Jobbcentrum — din väg framåt', '955 012', 'Nej'], ['en väg in knivsta', '423 000', '']],
      {
        lines: [
          {
            interventionId: 'jc',
            shortName: 'Jobbcentrum',
            rows: [2],
            amountKronor: 955_012,
            estimated: false,
          },
          {
            interventionId: 'evi',
            shortName: 'En väg in - steget vidare',
            rows: [3],
            amountKronor: 423_000,
            estimated: false,
          },
        ],
        errors: [],
      },
    ],
    [
      'a quarter of requisitions added up; one estimated makes the sum estimated',
      [H, ['Jobbcentrum', '300 000', 'Nej'], [], ['Jobbcentrum', '155 000', 'Ja']],
      {
        lines: [
          {
            interventionId: 'jc',
            shortName: 'Jobbcentrum',
            rows: [2, 4],
            amountKronor: 455_000,
            estimated: true,
          },
        ],
        errors: [],
      },
    ],
    [
      'every bad row with its number',
      [
        H,
        ['Okänd insats', '1 000', ''],
        ['Jobbcentrum', '12,50', ''],
        ['Jobbcentrum', '-5 000', ''],
        ['', '100', ''],
        ['Jobbcentrum', '', ''],
        ['Jobbcentrum', '100', 'kanske'],
      ],
      {
        lines: [],
        errors: [
          { row: 2, message: '"Okänd insats" är ingen insats som pågår under perioden.' },
          { row: 3, message: 'Ange beloppet i hela kronor, utan ören.' },
          { row: 4, message: 'Ett negativt belopp rättas i rutnätet, inte i rekvisitionslistan.' },
          { row: 5, message: 'Insatsens namn saknas.' },
          { row: 6, message: 'Beloppet saknas för Jobbcentrum.' },
          { row: 7, message: 'Skriv Ja eller Nej under "Beräknat".' },
        ],
      },
    ],
    [
      'no header with Insats and Belopp',
      [
        ['Namn på projekt', 'Summa'],
        ['Jobbcentrum', '1'],
      ],
      {
        lines: [],
        errors: [
          {
            row: 1,
            message: 'Första raden ska ha kolumnerna "Insats" och "Belopp" (och gärna "Beräknat").',
          },
        ],
      },
    ],
    ['an empty file', [], { lines: [], errors: [{ row: 1, message: 'Filen är tom.' }] }],
  ])('%s', (_name, table, expected) => {
    expect(parseRequisitionList(table, TARGETS)).toEqual(expected);
  });
});
