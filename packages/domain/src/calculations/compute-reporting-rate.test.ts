import { describe, expect, it } from 'vitest';
import { computeReportingRate } from './compute-reporting-rate.ts';
import type { TReportingRateReport } from './compute-reporting-rate.ts';

// Four interventions around 2024: one whole year, one starting in May (Q2 partly covered),
// one ended in March (not expected in Q2), one starting in 2025.
const interventions = [
  { id: 'a', startDate: '2023-01-01', endDate: '2025-12-31' },
  { id: 'b', startDate: '2024-05-15', endDate: '2026-06-30' },
  { id: 'c', startDate: '2022-01-01', endDate: '2024-03-31' },
  { id: 'd', startDate: '2025-01-01', endDate: '2026-12-31' },
];
const report = (
  interventionId: string,
  status: TReportingRateReport['status'],
  submittedOn: string | null,
  quarter = 2,
): TReportingRateReport => ({ interventionId, year: 2024, quarter, status, submittedOn });

describe('computeReportingRate (2024 Q2, due 31 July)', () => {
  it.each<[string, TReportingRateReport[], string, Record<string, unknown>]>([
    [
      'both in on time',
      [report('a', 'APPROVED', '2024-07-31'), report('b', 'SUBMITTED', '2024-07-02')],
      '2024-09-01',
      {
        expected: 2,
        submitted: 2,
        onTime: 2,
        late: 0,
        missing: 0,
        notYetDue: 0,
        submittedShare: 1,
        onTimeShare: 1,
      },
    ],
    [
      'one late, one missing after the due date',
      [report('a', 'SUBMITTED', '2024-08-01')],
      '2024-08-01',
      {
        expected: 2,
        submitted: 1,
        onTime: 0,
        late: 1,
        missing: 1,
        notYetDue: 0,
        submittedShare: 0.5,
        onTimeShare: 0,
        missingInterventionIds: ['b'],
      },
    ],
    [
      'before the due date nothing is missing yet; a draft is not in',
      [report('a', 'DRAFT', null)],
      '2024-07-31',
      {
        expected: 2,
        submitted: 0,
        onTime: 0,
        late: 0,
        missing: 0,
        notYetDue: 2,
        submittedShare: 0,
      },
    ],
    [
      'a returned report is back with the intervention: missing after the due date',
      [report('a', 'RETURNED', '2024-07-20'), report('b', 'APPROVED', null)],
      '2024-10-01',
      // A report received without a recorded time (seeded) counts as in by its due date.
      { expected: 2, submitted: 1, onTime: 1, late: 0, missing: 1, missingInterventionIds: ['a'] },
    ],
    [
      'a report of another quarter does not count',
      [report('a', 'APPROVED', '2024-04-30', 1)],
      '2024-10-01',
      { expected: 2, submitted: 0, missing: 2 },
    ],
  ])('%s', (_name, reports, today, expected) => {
    expect(computeReportingRate(2024, 2, interventions, reports, today)).toMatchObject({
      year: 2024,
      quarter: 2,
      dueDate: '2024-07-31',
      ...expected,
    });
  });

  it('no expected report: shares are null (shown "–"), never 0 %', () => {
    expect(computeReportingRate(2021, 1, interventions, [], '2024-10-01')).toMatchObject({
      expected: 0,
      submittedShare: null,
      onTimeShare: null,
    });
  });

  it('Q4 is due 31 January the next year', () => {
    const rate = computeReportingRate(
      2024,
      4,
      interventions,
      [report('a', 'SUBMITTED', '2025-01-31', 4)],
      '2025-02-10',
    );
    expect(rate).toMatchObject({ dueDate: '2025-01-31', expected: 2, onTime: 1, missing: 1 });
  });
});
