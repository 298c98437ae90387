import { describe, expect, it } from 'vitest';
import { listReportQuarters } from './list-report-quarters.ts';

describe('listReportQuarters', () => {
  it('lists the ended quarters inside the period, with due dates and the last one marked', () => {
    // Lokussamordnare Uppsala runs 2020-01-01 – 2024-12-31 (2024 PM Tabell 1).
    const quarters = listReportQuarters('2020-01-01', '2024-12-31', '2026-12-01');
    expect(quarters).toHaveLength(20);
    expect(quarters[0]).toEqual({ year: 2020, quarter: 1, dueDate: '2020-04-30', isLast: false });
    expect(quarters.at(-1)).toEqual({
      year: 2024,
      quarter: 4,
      dueDate: '2025-01-31',
      isLast: true,
    });
  });

  it.each([
    // Växtverket starts 1 September 2019 (2019 PM): Q3 is its first quarter.
    ['2019-09-01', '2020-12-31', '2019-12-15', [[2019, 3]]],
    // A quarter still running is not yet due.
    ['2024-01-01', '2027-12-31', '2024-06-30', [[2024, 1]]],
    [
      '2024-01-01',
      '2027-12-31',
      '2024-07-01',
      [
        [2024, 1],
        [2024, 2],
      ],
    ],
    // An intervention ending mid-quarter reports that quarter, as its last.
    [
      '2024-01-01',
      '2024-05-15',
      '2025-01-01',
      [
        [2024, 1],
        [2024, 2],
      ],
    ],
    ['2025-01-01', '2025-12-31', '2024-12-01', []],
  ])('%s – %s on %s', (start, end, today, expected) => {
    expect(listReportQuarters(start, end, today).map((q) => [q.year, q.quarter])).toEqual(expected);
  });

  describe('without a today: every quarter, for reminders ahead of time', () => {
    it('lists each quarter overlapping the period, the last one marked as the last', () => {
      expect(listReportQuarters('2024-02-15', '2024-08-31')).toEqual([
        { year: 2024, quarter: 1, dueDate: '2024-04-30', isLast: false },
        { year: 2024, quarter: 2, dueDate: '2024-07-31', isLast: false },
        { year: 2024, quarter: 3, dueDate: '2024-10-31', isLast: true },
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

    it('one day is one quarter, and the last', () => {
      expect(listReportQuarters('2024-06-30', '2024-06-30')).toEqual([
        { year: 2024, quarter: 2, dueDate: '2024-07-31', isLast: true },
      ]);
    });

    it('rejects an end before the start', () => {
      expect(() => listReportQuarters('2024-06-30', '2024-06-01')).toThrow(RangeError);
    });
  });
});
