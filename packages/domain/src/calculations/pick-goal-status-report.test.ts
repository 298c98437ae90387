import { describe, expect, it } from 'vitest';
import { pickGoalStatusReport, type TGoalStatusReportInput } from './pick-goal-status-report.ts';
import { parsePeriod } from './parse-period.ts';

const rep = (
  id: string,
  year: number,
  quarter: number,
  status: TGoalStatusReportInput['status'] = 'APPROVED',
  phaseAnswer: string | null = 'Ja',
) => ({ id, year, quarter, status, phaseAnswer });

const reports = [
  rep('2021Q4', 2021, 4),
  rep('2022Q1', 2022, 1, 'APPROVED', 'Delvis'),
  rep('2022Q2', 2022, 2),
  rep('2022Q3-draft', 2022, 3, 'DRAFT'),
  rep('2023Q2-unanswered', 2023, 2, 'SUBMITTED', null),
  rep('2023Q1', 2023, 1, 'RETURNED', 'Nej'),
];

describe('pickGoalStatusReport', () => {
  it.each<[string, string | null]>([
    ['2022H1', '2022Q2'],
    ['2022Q1', '2022Q1'],
    ['2022', '2022Q2'],
    ['2022H2', null], // only a draft
    ['2023H1', '2023Q1'], // the answered one beats a later unanswered one
    ['2024H1', null], // an earlier report does not stand for a later period
  ])('%s → %s', (period, expected) => {
    expect(pickGoalStatusReport(reports, parsePeriod(period))?.id ?? null).toBe(expected);
  });
});
