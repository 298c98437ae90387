import { describe, expect, it } from 'vitest';
import type { TFieldError } from '../schemas/index.ts';
import { checkReportAnswers } from './check-report-answers.ts';
import type { TReportAnswerValue, TReportAnswerCheckMode } from './check-report-answers.ts';
import { expandGoalQuestions } from './expand-goal-questions.ts';
import { resolveReportQuestions } from './resolve-report-questions.ts';

// Three questions of the 2019 set (seed 2019 PM Tabell 2, 3 and 5) and one free-text question.
const QUESTIONS = resolveReportQuestions(
  [
    {
      key: 'goalPhase',
      section: 'GOALS',
      label: 'Insatsen ligger i fas gällande uppsatta mål:',
      options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
    },
    {
      key: 'vacanciesFunded',
      section: 'CONDITIONS',
      label: 'Vakanser SOF-medel:',
      options: ['Ja', 'Nej'],
    },
    {
      key: 'steeringMeetings',
      section: 'QUALITY',
      label: 'Styrgruppsmöten enl. avtal:',
      options: ['Ja', 'Nej'],
    },
    { key: 'progress', section: 'GOALS', label: 'Hur går arbetet mot målen?', options: [] },
  ],
  'INDIVIDUAL',
);

type TAnswers = Record<string, TReportAnswerValue | null>;
const complete: TAnswers = {
  goalPhase: { value: 'I stort sett' },
  vacanciesFunded: { value: 'Ja' },
  steeringMeetings: { value: 'Ja' },
  progress: { value: 'Två av tre delmål är nådda.' },
};

describe('checkReportAnswers', () => {
  it.each<[string, TAnswers, TReportAnswerCheckMode, TFieldError[]]>([
    ['an empty draft is fine', {}, 'DRAFT', []],
    ['a half-filled draft is fine', { vacanciesFunded: { value: 'Nej' } }, 'DRAFT', []],
    ['a complete report', complete, 'SUBMIT', []],
    [
      'a value that is not an option',
      { goalPhase: { value: 'Kanske' } },
      'DRAFT',
      [
        {
          path: 'answers.goalPhase.value',
          message:
            'Välj Ja, I stort sett, Delvis eller Nej på frågan "Insatsen ligger i fas gällande uppsatta mål".',
        },
      ],
    ],
    [
      'an answer to a question the report does not have',
      { startOnTime: { value: 'Ja' } },
      'DRAFT',
      [{ path: 'answers.startOnTime', message: 'Frågan finns inte i den här kvartalsrapporten.' }],
    ],
    ['a cleared answer (null) in a draft', { goalPhase: null }, 'DRAFT', []],
    [
      'submit lists every unanswered question',
      { goalPhase: { value: 'Ja' } },
      'SUBMIT',
      [
        { path: 'answers.vacanciesFunded.value', message: 'Besvara frågan "Vakanser SOF-medel".' },
        {
          path: 'answers.steeringMeetings.value',
          message: 'Besvara frågan "Styrgruppsmöten enl. avtal".',
        },
        { path: 'answers.progress.value', message: 'Besvara frågan "Hur går arbetet mot målen?".' },
      ],
    ],
    [
      'a quality "Nej" needs an explanation at submit',
      { ...complete, steeringMeetings: { value: 'Nej', text: '  ' } },
      'SUBMIT',
      [
        {
          path: 'answers.steeringMeetings.text',
          message: 'Förklara svaret "Nej" på frågan "Styrgruppsmöten enl. avtal".',
        },
      ],
    ],
    ['… but not in a draft', { steeringMeetings: { value: 'Nej' } }, 'DRAFT', []],
    [
      'with the explanation it is complete',
      {
        ...complete,
        steeringMeetings: { value: 'Nej', text: 'Ett möte ställdes in, nästa är i maj.' },
      },
      'SUBMIT',
      [],
    ],
    [
      'a conditions "Ja" needs no explanation',
      { ...complete, vacanciesFunded: { value: 'Ja' } },
      'SUBMIT',
      [],
    ],
  ])('%s', (_name, answers, mode, expected) => {
    expect(checkReportAnswers(QUESTIONS, answers, mode)).toEqual(expected);
  });
});

describe('checkReportAnswers with the goal questions asked per goal', () => {
  const perGoal = expandGoalQuestions(QUESTIONS.slice(0, 1), [
    { id: 'g1', text: 'Minst 60 deltagare per år.' },
    { id: 'g2', text: '35 % till arbete eller studier.' },
  ]);
  it.each<[string, TAnswers, TFieldError[]]>([
    [
      'names the goal of a missing answer',
      { goalPhase__g1: { value: 'Ja' } },
      [
        {
          path: 'answers.goalPhase__g2.value',
          message: 'Besvara frågan "Insatsen ligger i fas gällande uppsatta mål" för mål 2.',
        },
      ],
    ],
    [
      'and of a "Nej" without its explanation',
      { goalPhase__g1: { value: 'Nej' }, goalPhase__g2: { value: 'Ja' } },
      [
        {
          path: 'answers.goalPhase__g1.text',
          message:
            'Förklara svaret "Nej" på frågan "Insatsen ligger i fas gällande uppsatta mål" för mål 1.',
        },
      ],
    ],
    [
      'the one answer for the whole intervention is not a question then',
      {
        goalPhase: { value: 'Ja' },
        goalPhase__g1: { value: 'Ja' },
        goalPhase__g2: { value: 'Ja' },
      },
      [{ path: 'answers.goalPhase', message: 'Frågan finns inte i den här kvartalsrapporten.' }],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(checkReportAnswers(perGoal, answers, 'SUBMIT')).toEqual(expected);
  });
});
