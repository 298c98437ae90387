import { computeReportDueDate } from './compute-report-due-date.ts';
import { parseIsoDate } from './parse-iso-date.ts';

export interface TReportQuarter {
  year: number;
  quarter: number;
  /** computeReportDueDate: the last day of the month after the quarter. */
  dueDate: string;
  /**
   * The quarter the intervention ends in: its report is the slutrapport (final report). The report
   * model has no separate slutrapport yet, so the last quarter's kvartalsrapport stands for it.
   */
  final: boolean;
}

/**
 * Every quarter an intervention must report for: each calendar quarter that overlaps its period
 * (start and end dates inclusive), oldest first, with its due date. An intervention running
 * 2024-02-15 – 2024-08-31 reports 2024 Q1, Q2 and Q3 (final).
 *
 * @throws RangeError for a malformed date, or an end before the start.
 */
export function listReportQuarters(startDate: string, endDate: string): TReportQuarter[] {
  const start = parseIsoDate(startDate);
  const end = parseIsoDate(endDate);
  if (endDate < startDate)
    throw new RangeError(`Slutdatum ${endDate} före startdatum ${startDate}.`);
  const first = start.year * 4 + Math.floor((start.month - 1) / 3);
  const last = end.year * 4 + Math.floor((end.month - 1) / 3);
  const quarters: TReportQuarter[] = [];
  for (let index = first; index <= last; index += 1) {
    const year = Math.floor(index / 4);
    const quarter = (index % 4) + 1;
    quarters.push({
      year,
      quarter,
      dueDate: computeReportDueDate(year, quarter),
      final: index === last,
    });
  }
  return quarters;
}
