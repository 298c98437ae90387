import { describe, expect, it } from 'vitest';
import { checkFinalReport } from './check-final-report.ts';

describe('checkFinalReport', () => {
  it.each([
    [{ isFinal: false }, []],
    [
      { isFinal: true, finalResults: '  ', lessonsLearned: null },
      [
        { path: 'finalResults', message: 'Beskriv insatsens slutresultat.' },
        { path: 'lessonsLearned', message: 'Beskriv lärdomarna från insatsen.' },
      ],
    ],
    [{ isFinal: true, finalResults: 'Klart', lessonsLearned: 'Lärdom' }, []],
  ])('%j → %j', (report, expected) => {
    expect(checkFinalReport(report)).toEqual(expected);
  });
});
