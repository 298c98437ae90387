import { describe, expect, it } from 'vitest';
import type { TReportQuestion } from '../schemas/index.ts';
import { baseQuestionKey, expandGoalQuestions } from './expand-goal-questions.ts';

const q = (key: string, section: TReportQuestion['section']): TReportQuestion => ({
  key,
  section,
  label: key,
  options: ['Ja', 'Nej'],
  textRequiredFor: section === 'CONDITIONS' ? [] : ['Nej'],
});
const questions = [
  q('goalPhase', 'GOALS'),
  q('goalForecast', 'GOALS'),
  q('vacanciesFunded', 'CONDITIONS'),
];
const goals = [
  { id: 'g1', text: '75 deltagare per år går till arbete eller studier.' },
  { id: 'g2', text: 'Nyckelpersoner ska utses.' },
];

describe('expandGoalQuestions', () => {
  it.each<[string, Parameters<typeof expandGoalQuestions>, string[]]>([
    [
      'two goals: phase and forecast per goal, goal by goal',
      [questions, goals, {}],
      ['goalPhase__g1', 'goalForecast__g1', 'goalPhase__g2', 'goalForecast__g2', 'vacanciesFunded'],
    ],
    [
      'no goals in the register',
      [questions, [], {}],
      ['goalPhase', 'goalForecast', 'vacanciesFunded'],
    ],
    [
      'a report answered before answers per goal',
      [questions, goals, { goalPhase: { value: 'Ja' } }],
      ['goalPhase', 'goalForecast', 'vacanciesFunded'],
    ],
    [
      'per-goal answers saved already',
      [questions, goals, { goalPhase__g1: { value: 'Ja' } }],
      ['goalPhase__g1', 'goalForecast__g1', 'goalPhase__g2', 'goalForecast__g2', 'vacanciesFunded'],
    ],
    [
      'both kinds of answer: per goal wins',
      [questions, goals, { goalPhase: { value: 'Ja' }, goalForecast__g2: { value: 'Ja' } }],
      ['goalPhase__g1', 'goalForecast__g1', 'goalPhase__g2', 'goalForecast__g2', 'vacanciesFunded'],
    ],
    [
      'a set without goal questions',
      [[q('vacanciesFunded', 'CONDITIONS')], goals, {}],
      ['vacanciesFunded'],
    ],
  ])('%s', (_name, args, keys) => {
    expect(expandGoalQuestions(...args).map((question) => question.key)).toEqual(keys);
  });

  it('attaches the goal with its number and keeps the question', () => {
    const [first, , third] = expandGoalQuestions(questions, goals);
    expect(first).toMatchObject({
      label: 'goalPhase',
      options: ['Ja', 'Nej'],
      textRequiredFor: ['Nej'],
      goal: { id: 'g1', number: 1, text: goals[0]!.text },
    });
    expect(third!.goal).toEqual({ id: 'g2', number: 2, text: goals[1]!.text });
  });

  it.each([
    ['goalPhase__g1', 'goalPhase'],
    ['goalPhase', 'goalPhase'],
  ])('baseQuestionKey(%s)', (key, expected) => {
    expect(baseQuestionKey(key)).toBe(expected);
  });
});
