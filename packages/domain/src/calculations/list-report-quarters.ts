import { computeReportDueDate } from './compute-report-due-date.ts';
import { periodEndDate } from './period-end-date.ts';

/** One quarter an intervention owes a kvartalsrapport for. */
export interface TReportQuarter {
  year: number;
  quarter: number;
  /** 'YYYY-MM-DD', computeReportDueDate: one month after the quarter ends. */
  dueDate: string;
  /** The quarter holds the intervention's end date: its report is the slutrapport. */
  isLast: boolean;
}

/**
 * The quarters an intervention reports for up to `today` ('YYYY-MM-DD'), oldest first: every
 * quarter that overlaps its period (startDate–endDate, 'YYYY-MM-DD') and has ended by `today`
 * (a report can be written once its quarter is over; computeReportDueDate says by when). An
 * intervention that starts on 1 September reports for Q3 of that year; one ending 31 December
 * reports Q4, its last quarter. Nothing before the start or after the end.
 */
export function listReportQuarters(
  startDate: string,
  endDate: string,
  today: string,
): TReportQuarter[] {
  const quarters: TReportQuarter[] = [];
  let year = Number(startDate.slice(0, 4));
  let quarter = Math.floor((Number(startDate.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const period = `${year}Q${quarter}`;
    const start = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    if (start > endDate) break;
    const end = periodEndDate(period);
    if (end >= today) break;
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
