import { describe, expect, it } from 'vitest';
import { buildPmAnswersTable } from './build-pm-answers-table.ts';
import { QUESTIONS, summary } from './fixtures/pm-inputs.fixtures.ts';
import type { TPmReport } from './pm-inputs.ts';

describe('buildPmAnswersTable (Tabell 3 and 5)', () => {
  const interventions = [
    summary('jc', 'INDIVIDUAL', 'Enköping'),
    summary('lokus', 'STRUCTURAL', 'Uppsala'),
    summary('pilot', 'PRE_STUDY', 'Uppsala'),
  ];
  const reports: TPmReport[] = [
    {
      interventionId: 'jc',
      comment: null,
      answers: {
        vacanciesFunded: { value: 'Ja' },
        budgetDeviations: { value: 'Nej' },
        steeringMeetings: { value: 'Ja' },
        targetGroupChecked: { value: 'Ja' },
      },
    },
    {
      interventionId: 'lokus',
      comment: null,
      answers: {
        vacanciesFunded: { value: 'Nej' },
        steeringMeetings: { value: 'Ja' },
        targetGroupChecked: { value: '-' },
      },
    },
    // The 2024 förstudie answered Tabell 2 only: it is in neither table.
    { interventionId: 'pilot', comment: null, answers: { goalPhase: { value: 'Ja' } } },
  ];
  it.each<[3 | 5, 'CONDITIONS' | 'QUALITY', string[], [string, string[]][]]>([
    [
      3,
      'CONDITIONS',
      ['Insats', 'Vakanser SOF-medel', 'Inkomna avvikelser gällande budget'],
      [
        ['jc', ['Ja', 'Nej']],
        ['lokus', ['Nej', '–']],
      ],
    ],
    // "–" for a not-applicable answer ("-": kontroll av målgrupp for a strukturinsats).
    [
      5,
      'QUALITY',
      ['Insats', 'Styrgruppsmöten enl. ök', 'Kontroll målgrupp'],
      [
        ['jc', ['Ja', 'Ja']],
        ['lokus', ['Ja', '–']],
      ],
    ],
  ])('Tabell %s (%s)', (number, section, labels, rows) => {
    const table = buildPmAnswersTable(number, 'T', section, interventions, QUESTIONS, reports);
    expect(table.columns.map((c) => c.label)).toEqual(labels);
    const keys = table.columns.slice(1).map((c) => c.key);
    expect(
      table.groups.flatMap((g) => g.rows).map((r) => [r.key, keys.map((k) => r.cells[k]!.text)]),
    ).toEqual(rows);
  });
});
