import { describe, expect, it } from 'vitest';
import { listReportQuarters } from './list-report-quarters.ts';

describe('listReportQuarters', () => {
  it('lists each quarter overlapping the period, the last one final', () => {
    expect(listReportQuarters('2024-02-15', '2024-08-31')).toEqual([
      { year: 2024, quarter: 1, dueDate: '2024-04-30', final: false },
      { year: 2024, quarter: 2, dueDate: '2024-07-31', final: false },
      { year: 2024, quarter: 3, dueDate: '2024-10-31', final: true },
    ]);
  });

  it('crosses a year: Q4 is due on 31 January', () => {
    expect(
      listReportQuarters('2024-12-01', '2025-01-01').map((q) => [q.year, q.quarter, q.dueDate]),
    ).toEqual([
      [2024, 4, '2025-01-31'],
      [2025, 1, '2025-04-30'],
    ]);
  });

  it('one day is one quarter, and final', () => {
    expect(listReportQuarters('2024-06-30', '2024-06-30')).toEqual([
      { year: 2024, quarter: 2, dueDate: '2024-07-31', final: true },
    ]);
  });

  it('rejects an end before the start', () => {
    expect(() => listReportQuarters('2024-06-30', '2024-06-01')).toThrow(RangeError);
  });
});
