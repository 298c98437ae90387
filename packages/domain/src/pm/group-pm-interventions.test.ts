import { describe, expect, it } from 'vitest';
import { groupPmInterventions } from './group-pm-interventions.ts';
import { summary } from './fixtures/pm-inputs.fixtures.ts';

describe('groupPmInterventions', () => {
  const all = [
    summary('bryggan', 'INDIVIDUAL', 'Östhammar'),
    summary('regexpro', 'STRUCTURAL', 'Region Uppsala'),
    summary('jobbcentrum', 'INDIVIDUAL', 'Enköping'),
    summary('forstudie', 'PRE_STUDY', 'Uppsala'),
    summary('alvkarleby', 'INDIVIDUAL', 'Älvkarleby'),
    summary('ekonom', 'OTHER_COOPERATION', null),
    summary('avslutad-2023', 'INDIVIDUAL', 'Heby', { activeInPeriod: false }),
  ];
  it.each<[string, ReturnType<typeof summary>[], [string, string[]][]]>([
    [
      'kinds in the papers order, owners in Swedish order (Ä, Ö last), övriga and inactive left out',
      all,
      [
        ['Individinsatser', ['jobbcentrum', 'alvkarleby', 'bryggan']],
        ['Strukturinsatser', ['regexpro']],
        ['Förstudie', ['forstudie']],
      ],
    ],
    ['an empty group is left out', [all[0]!], [['Individinsatser', ['bryggan']]]],
    ['nothing at all', [], []],
  ])('%s', (_, input, expected) => {
    expect(
      groupPmInterventions(input).map((g) => [g.label, g.interventions.map((i) => i.id)]),
    ).toEqual(expected);
  });
});
