import { describe, expect, it } from 'vitest';
import type { TStoredReportQuestionInput } from '../schemas/index.ts';
import { findDestructiveQuestionChanges } from './find-destructive-question-changes.ts';

// Two questions of the 2024 set (seed 2024-10 PM Tabell 2 and 5).
const PHASE: TStoredReportQuestionInput = {
  key: 'goalPhase',
  section: 'GOALS',
  label: 'Insatsen ligger i fas gällande uppsatta mål',
  options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
};
const TARGET: TStoredReportQuestionInput = {
  key: 'targetGroupChecked',
  section: 'QUALITY',
  label: 'Kontroll målgrupp',
  options: ['Ja', 'Nej'],
  notApplicableFor: ['STRUCTURAL'],
};
const BEFORE = [PHASE, TARGET];

describe('findDestructiveQuestionChanges', () => {
  it.each<[string, TStoredReportQuestionInput[], string[]]>([
    ['unchanged', BEFORE, []],
    ['new wording', [{ ...PHASE, label: 'Ligger insatsen i fas med målen?' }, TARGET], []],
    ['new order', [TARGET, PHASE], []],
    // The default rule ("Nej" needs a text in Tabell 2 and 5) written out is the same rule.
    ['the default rule written out', [{ ...PHASE, textRequiredFor: ['Nej'] }, TARGET], []],
    ['an option added last', [PHASE, { ...TARGET, options: ['Ja', 'Nej', 'Ok'] }], []],
    ['a question removed', [PHASE], ['questions']],
    [
      'a question added',
      [...BEFORE, { ...TARGET, key: 'equality', label: 'Jämlikhet' }],
      ['questions.2.key'],
    ],
    [
      'an option removed',
      [{ ...PHASE, options: ['Ja', 'Delvis', 'Nej'] }, TARGET],
      ['questions.0.options'],
    ],
    [
      'an option renamed',
      [PHASE, { ...TARGET, options: ['Ja', 'Nej, inte än'] }],
      ['questions.1.options', 'questions.1.textRequiredFor'],
    ],
    ['another section', [{ ...PHASE, section: 'QUALITY' }, TARGET], ['questions.0.section']],
    [
      'free text required for another answer',
      [PHASE, { ...TARGET, textRequiredFor: ['Ja'] }],
      ['questions.1.textRequiredFor'],
    ],
    [
      '"–" no longer for strukturinsatser',
      [PHASE, { ...TARGET, notApplicableFor: [] }],
      ['questions.1.notApplicableFor'],
    ],
    [
      'applies to fewer kinds',
      [{ ...PHASE, appliesTo: ['INDIVIDUAL'] }, TARGET],
      ['questions.0.appliesTo'],
    ],
  ])('%s', (_name, after, paths) => {
    expect(findDestructiveQuestionChanges(BEFORE, after).map((error) => error.path)).toEqual(paths);
  });

  it('says in Swedish why', () => {
    expect(findDestructiveQuestionChanges(BEFORE, [PHASE])).toEqual([
      {
        path: 'questions',
        message:
          'Frågan "Kontroll målgrupp" har redan besvarats i inskickade rapporter och kan inte tas bort.',
      },
    ]);
  });
});
