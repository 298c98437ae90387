import { describe, expect, it } from 'vitest';
import type { TInterventionKind } from '../schemas/index.ts';
import { resolveReportQuestions } from './resolve-report-questions.ts';
import type { TStoredReportQuestion } from './resolve-report-questions.ts';

// Part of the 2019 set (seed 2019 PM Tabell 2, 3 and 5 column headers) and a målgrupp question
// that is "–" for strukturinsatser, as in the 2024 PM Tabell 5.
const STORED: TStoredReportQuestion[] = [
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
    key: 'followUp',
    section: 'QUALITY',
    label: 'Uppföljning enl. avtal:',
    options: ['Ja', 'Delvis', 'Nej'],
  },
  {
    key: 'targetGroupCheck',
    section: 'QUALITY',
    label: 'Kontroll av målgrupp',
    options: ['Ja', 'Nej'],
    appliesTo: ['INDIVIDUAL'],
  },
  { key: 'progress', section: 'GOALS', label: 'Hur går arbetet mot målen?' },
  {
    key: 'steeringMeetings',
    section: 'QUALITY',
    label: 'Styrgruppsmöten',
    options: ['Ja', 'Nej'],
    textRequiredFor: ['Ja', 'Nej'],
  },
  {
    key: 'targetGroupOrMethodDeviation',
    section: 'QUALITY',
    label: 'Avvikelse målgrupp/metod',
    options: ['Ja', 'Nej'],
  },
];

describe('resolveReportQuestions', () => {
  it.each<[TInterventionKind, string[]]>([
    [
      'INDIVIDUAL',
      [
        'goalPhase',
        'vacanciesFunded',
        'followUp',
        'targetGroupCheck',
        'progress',
        'steeringMeetings',
        'targetGroupOrMethodDeviation',
      ],
    ],
    [
      'STRUCTURAL',
      [
        'goalPhase',
        'vacanciesFunded',
        'followUp',
        'progress',
        'steeringMeetings',
        'targetGroupOrMethodDeviation',
      ],
    ],
  ])('%s gets the questions that apply to it, in order', (kind, keys) => {
    expect(resolveReportQuestions(STORED, kind).map((q) => q.key)).toEqual(keys);
  });

  it.each<[string, string[]]>([
    ['goalPhase', ['Nej']], // GOALS: "Nej" (not in phase) needs an explanation
    ['vacanciesFunded', []], // CONDITIONS: no explanation required
    ['followUp', ['Nej']], // QUALITY
    ['progress', []], // free text, no options
    ['steeringMeetings', ['Ja', 'Nej']], // the stored rule wins over the default
    ['targetGroupOrMethodDeviation', ['Ja']], // "Avvikelse …": a "Ja" says which deviation
  ])('%s requires a text for %j', (key, expected) => {
    const question = resolveReportQuestions(STORED, 'INDIVIDUAL').find((q) => q.key === key);
    expect(question?.textRequiredFor).toEqual(expected);
  });

  it('gives a free-text question an empty option list', () => {
    expect(
      resolveReportQuestions(STORED, 'INDIVIDUAL').find((q) => q.key === 'progress')?.options,
    ).toEqual([]);
  });

  // 2024 PM Tabell 5: Lokussamordnare Uppsala and Älvkarleby print "–" under kontroll av målgrupp.
  it('offers "–" (ej tillämpligt) to the kinds in notApplicableFor, and never asks to explain it', () => {
    const stored: TStoredReportQuestion[] = [
      {
        key: 'targetGroupChecked',
        section: 'QUALITY',
        label: 'Kontroll målgrupp',
        options: ['Ja', 'Nej'],
        notApplicableFor: ['STRUCTURAL'],
        textRequiredFor: ['Nej', '–'],
      },
    ];
    expect(resolveReportQuestions(stored, 'STRUCTURAL')[0]).toMatchObject({
      options: ['Ja', 'Nej', '–'],
      textRequiredFor: ['Nej'],
      notApplicable: true,
    });
    const individual = resolveReportQuestions(stored, 'INDIVIDUAL')[0]!;
    expect(individual.options).toEqual(['Ja', 'Nej']);
    expect(individual.notApplicable).toBeUndefined();
  });
});
