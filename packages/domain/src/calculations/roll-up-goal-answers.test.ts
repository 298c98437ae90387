import { describe, expect, it } from 'vitest';
import {
  perGoalAnswerKey,
  rollUpGoalAnswers,
  type TRolledUpGoalAnswers,
} from './roll-up-goal-answers.ts';

const a = (value: string) => ({ value });
const goal = (id: string, phase?: string, forecast?: string) => ({
  ...(phase !== undefined ? { [perGoalAnswerKey('goalPhase', id)]: a(phase) } : {}),
  ...(forecast !== undefined ? { [perGoalAnswerKey('goalForecast', id)]: a(forecast) } : {}),
});

describe('rollUpGoalAnswers', () => {
  it.each<[string, Parameters<typeof rollUpGoalAnswers>[0], TRolledUpGoalAnswers]>([
    // Stored before answers per goal: the seed's 2024-10 Tabell 2 (Jobbcentrum "I stort sett", "Nej").
    [
      'one stored answer',
      { goalPhase: a('I stort sett'), goalForecast: a('Nej') },
      { phaseAnswer: 'I stort sett', forecastAnswer: 'Nej' },
    ],
    // 2019 PM: an ended intervention's cell is text, kept as it is.
    [
      'one stored text answer',
      { goalPhase: a('Avslutad kvartal 3') },
      { phaseAnswer: 'Avslutad kvartal 3', forecastAnswer: null },
    ],
    ['a legacy string value', { goalPhase: 'Ja' }, { phaseAnswer: 'Ja', forecastAnswer: null }],
    ['one goal', goal('g1', 'Ja', 'Ja'), { phaseAnswer: 'Ja', forecastAnswer: 'Ja' }],
    [
      'worst phase of three goals',
      {
        ...goal('g1', 'Ja', 'Ja'),
        ...goal('g2', 'Delvis', 'Ja'),
        ...goal('g3', 'I stort sett', 'Ja'),
      },
      { phaseAnswer: 'Delvis', forecastAnswer: 'Ja' },
    ],
    [
      'Nej on one goal is red for the intervention',
      { ...goal('g1', 'Ja', 'Ja'), ...goal('g2', 'Nej', 'Nej') },
      { phaseAnswer: 'Nej', forecastAnswer: 'Nej' },
    ],
    [
      'forecast Nej on one goal',
      { ...goal('g1', 'Ja', 'Nej'), ...goal('g2', 'Ja', 'Ja') },
      { phaseAnswer: 'Ja', forecastAnswer: 'Nej' },
    ],
    [
      'I stort sett is better than Delvis',
      { ...goal('g1', 'I stort sett'), ...goal('g2', 'Delvis') },
      { phaseAnswer: 'Delvis', forecastAnswer: null },
    ],
    [
      'not applicable and empty answers are ignored',
      { ...goal('g1', '–', ''), ...goal('g2', 'I stort sett', 'Ja') },
      { phaseAnswer: 'I stort sett', forecastAnswer: 'Ja' },
    ],
    ['no usable per-goal phase', goal('g1', '–'), { phaseAnswer: null, forecastAnswer: null }],
    [
      'the one answer wins over per-goal answers',
      { goalPhase: a('Ja'), ...goal('g1', 'Nej', 'Nej') },
      { phaseAnswer: 'Ja', forecastAnswer: 'Nej' },
    ],
    ['no answers', {}, { phaseAnswer: null, forecastAnswer: null }],
    ['null', null, { phaseAnswer: null, forecastAnswer: null }],
  ])('%s', (_name, answers, expected) => {
    expect(rollUpGoalAnswers(answers)).toEqual(expected);
  });

  it('builds the per-goal key', () => {
    expect(perGoalAnswerKey('goalPhase', 'cm1abc')).toBe('goalPhase__cm1abc');
  });
});
