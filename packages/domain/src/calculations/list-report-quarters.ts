import { computeReportDueDate } from './compute-report-due-date.ts';
import { periodEndDate } from './period-end-date.ts';

/** One quarter an intervention owes a kvartalsrapport for. */
export interface TReportQuarter {
  year: number;
  quarter: number;
  /** 'YYYY-MM-DD', computeReportDueDate: the last day of the month after the quarter. */
  dueDate: string;
  /** The quarter holds the intervention's end date: its report is the slutrapport. */
  isLast: boolean;
}

/**
 * The quarters an intervention reports for, oldest first: every calendar quarter that overlaps its
 * period (startDate–endDate, 'YYYY-MM-DD', both inclusive), with its due date. An intervention
 * running 2024-02-15 – 2024-08-31 reports 2024 Q1, Q2 and Q3 (its last). With `today`, only the
 * quarters that have ended before that day (a report can be written once its quarter is over);
 * without it, all of them (the reminder scheduler looks ahead to due dates).
 *
 * @throws RangeError for an end before the start.
 */
export function listReportQuarters(
  startDate: string,
  endDate: string,
  today?: string,
): TReportQuarter[] {
  if (endDate < startDate)
    throw new RangeError(`Slutdatum ${endDate} före startdatum ${startDate}.`);
  const quarters: TReportQuarter[] = [];
  let year = Number(startDate.slice(0, 4));
  let quarter = Math.floor((Number(startDate.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const start = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    if (start > endDate) break;
    const end = periodEndDate(`${year}Q${quarter}`);
    if (today !== undefined && end >= today) break;
    quarters.push({
      year,
      quarter,
      dueDate: computeReportDueDate(year, quarter),
      isLast: endDate <= end,
    });
    if (quarter === 4) {
      year += 1;
      quarter = 1;
    } else quarter += 1;
  }
  return quarters;
}
