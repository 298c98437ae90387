import { describe, expect, it } from 'vitest';
import { computeReportDueDate } from './compute-report-due-date.ts';

describe('computeReportDueDate', () => {
  it.each([
    [2024, 1, '2024-04-30'],
    [2024, 2, '2024-07-31'],
    [2024, 3, '2024-10-31'],
    [2024, 4, '2025-01-31'],
    [2019, 4, '2020-01-31'],
  ])('%d Q%d → %s', (year, quarter, due) => {
    expect(computeReportDueDate(year, quarter)).toBe(due);
  });

  it.each([0, 5, 1.5])('rejects quarter %d', (quarter) => {
    expect(() => computeReportDueDate(2024, quarter)).toThrow(/Ogiltigt kvartal/);
  });
});
