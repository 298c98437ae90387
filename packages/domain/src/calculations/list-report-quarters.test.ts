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
});
