import { describe, expect, it } from 'vitest';
import { isQuarterlyReportLate, type TLateReportInput } from './is-quarterly-report-late.ts';

const due = '2024-04-30';
const r = (status: TLateReportInput['status'], submittedAt: string | null = null) => ({
  status,
  dueDate: due,
  submittedAt,
});

describe('isQuarterlyReportLate', () => {
  it.each<[string, TLateReportInput, string, boolean]>([
    ['draft on the due day (Swedish)', r('DRAFT'), '2024-04-30T21:59:00Z', false],
    [
      'draft: 00:30 on 1 May Swedish time is late although UTC is still 30 April',
      r('DRAFT'),
      '2024-04-30T22:30:00Z',
      true,
    ],
    [
      'submitted 23:59 Swedish time on the due day',
      r('SUBMITTED', '2024-04-30T21:59:00Z'),
      '2024-06-01T10:00:00Z',
      false,
    ],
    [
      'submitted 00:30 Swedish time on 1 May',
      r('SUBMITTED', '2024-04-30T22:30:00Z'),
      '2024-06-01T10:00:00Z',
      true,
    ],
    [
      'returned: judged on when it was submitted, not today',
      r('RETURNED', '2024-04-20T08:00:00Z'),
      '2024-09-01T10:00:00Z',
      false,
    ],
    [
      'returned after a late submission stays late',
      r('RETURNED', '2024-05-20T08:00:00Z'),
      '2024-09-01T10:00:00Z',
      true,
    ],
    ['approved, seeded without a time: on time', r('APPROVED'), '2026-12-01T10:00:00Z', false],
  ])('%s', (_name, report, now, expected) => {
    expect(isQuarterlyReportLate(report, new Date(now))).toBe(expected);
  });
});
