import { describe, expect, it } from 'vitest';
import { isReportOverdue } from './is-report-overdue.ts';

describe('isReportOverdue', () => {
  it.each<[string, string, string | null, boolean]>([
    ['2024-04-30', '2024-04-29', null, false],
    ['2024-04-30', '2024-04-30', null, false],
    ['2024-04-30', '2024-05-01', null, true],
    ['2024-04-30', '2024-06-01', '2024-04-30', false],
    ['2024-04-30', '2024-06-01', '2024-04-30T21:59:00Z', false],
    ['2024-04-30', '2024-06-01', '2024-05-02', true],
    ['2024-04-30', '2024-04-10', '2024-04-09', false],
    ['2025-01-31', '2025-02-01', null, true],
  ])('due %s, today %s, submitted %s → %s', (due, today, submittedAt, overdue) => {
    expect(isReportOverdue(due, today, submittedAt)).toBe(overdue);
  });

  it('rejects a malformed date', () => {
    expect(() => isReportOverdue('2024-04-31', '2024-05-01', null)).toThrow(RangeError);
  });
});
