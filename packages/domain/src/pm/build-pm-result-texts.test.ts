import { describe, expect, it } from 'vitest';
import { buildPmGoalTexts } from './build-pm-result-texts.ts';
import { member, summary } from './fixtures/pm-inputs.fixtures.ts';
import type { TPmReport } from './pm-inputs.ts';

describe('buildPmGoalTexts (Resultat av i insatsen angivna mål)', () => {
  const jobbcentrum = summary('jc', 'INDIVIDUAL', 'Enköping', {
    shortName: 'Jobbcentrum',
    goalStatus: { colour: 'YELLOW' } as never,
  });
  const bryggan = summary('bryggan', 'INDIVIDUAL', 'Östhammar', {
    shortName: 'Bryggan',
    owner: member('Östhammar'),
    goalStatus: { colour: 'GREEN' } as never,
  });
  it.each<[string, TPmReport['answers'], string | null]>([
    [
      'one goal question: the text of the prognosis',
      {
        goalPhase: { value: 'I stort sett' },
        goalForecast: { value: 'Nej', text: 'Målet nås inte.' },
      },
      'Jobbcentrum (Enköping): Målet nås inte.',
    ],
    [
      'answered per goal: each goal’s text, in the report’s order',
      {
        goalPhase__g1: { value: 'Ja', text: 'Mål 1 nås.' },
        goalForecast__g1: { value: 'Ja' },
        goalPhase__g2: { value: 'Delvis', text: 'Mål 2 släpar.' },
      },
      'Jobbcentrum (Enköping): Mål 1 nås. Mål 2 släpar.',
    ],
    ['no text at all: no paragraph', { goalPhase: { value: 'Ja' } }, null],
  ])('%s', (_name, answers, expected) => {
    const blocks = buildPmGoalTexts(
      [jobbcentrum, bryggan],
      [{ interventionId: 'jc', comment: null, answers }],
    );
    expect(blocks[0]!.text).toBe(
      'En insats ligger i fas med uppsatta mål och en ligger i stort sett eller delvis i fas.',
    );
    expect(blocks.find((b) => b.id === 'mal.jc')?.text ?? null).toBe(expected);
  });
});
