import { describe, expect, it } from 'vitest';
import { parsePeriod } from '@finsam/domain';
import { goalStatusForPeriod, readAnswer } from './dashboard-goal-service.ts';

describe('readAnswer', () => {
  it.each<[unknown, string, ReturnType<typeof readAnswer>]>([
    [
      { goalPhase: { value: 'I stort sett', text: 'Två mål nås inte.' } },
      'goalPhase',
      { value: 'I stort sett', text: 'Två mål nås inte.' },
    ],
    [{ goalPhase: { value: 'Ja' } }, 'goalPhase', { value: 'Ja', text: null }],
    [{ goalPhase: 'Nej' }, 'goalPhase', { value: 'Nej', text: null }],
    [{ goalPhase: { value: null } }, 'goalPhase', { value: null, text: null }],
    [{}, 'goalPhase', null],
    [null, 'goalPhase', null],
    [[1, 2], 'goalPhase', null],
  ])('%j %s', (answers, key, expected) => {
    expect(readAnswer(answers, key)).toEqual(expected);
  });
});

describe('goalStatusForPeriod', () => {
  const report = (year: number, quarter: number, goalPhase?: string) => ({
    id: `${year}Q${quarter}`,
    interventionId: 'x',
    year,
    quarter,
    status: 'APPROVED' as const,
    answers: goalPhase ? { goalPhase: { value: goalPhase } } : {},
  });

  it.each<[string, string, ReturnType<typeof report>[], string | null, string | null]>([
    ['H1 takes Q2', '2024H1', [report(2024, 1, 'Nej'), report(2024, 2, 'Ja')], '2024Q2', 'GREEN'],
    [
      'a year takes Q4',
      '2024',
      [report(2024, 2, 'Ja'), report(2024, 4, 'Delvis')],
      '2024Q4',
      'YELLOW',
    ],
    [
      'without Q4, the latest report of the year',
      '2024',
      [report(2024, 2, 'Nej')],
      '2024Q2',
      'RED',
    ],
    [
      'a report without an answer gives way to one with',
      '2024H1',
      [report(2024, 1, 'Ja'), report(2024, 2)],
      '2024Q1',
      'GREEN',
    ],
    ['another year does not count', '2024H1', [report(2023, 2, 'Ja')], null, null],
  ])('%s (%s)', (_label, period, reports, expectedPeriod, colour) => {
    const status = goalStatusForPeriod(reports, parsePeriod(period));
    expect(status?.period ?? null).toBe(expectedPeriod);
    expect(status?.colour ?? null).toBe(colour);
  });
});
