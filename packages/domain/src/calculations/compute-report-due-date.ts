import { daysInMonth } from './days-in-month.ts';
import { formatIsoDate } from './format-iso-date.ts';

/**
 * Due date of a kvartalsrapport: the last day of the month after the quarter ends ("senast en
 * månad efter avslutat kvartal"): Q1 → YYYY-04-30, Q2 → YYYY-07-31, Q3 → YYYY-10-31,
 * Q4 → (YYYY+1)-01-31.
 *
 * @throws RangeError when `quarter` is not 1–4.
 */
export function computeReportDueDate(year: number, quarter: number): string {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RangeError(`Ogiltigt kvartal ${quarter}: ange 1–4.`);
  }
  const dueMonth = quarter * 3 + 1;
  const dueYear = dueMonth > 12 ? year + 1 : year;
  const month = dueMonth > 12 ? dueMonth - 12 : dueMonth;
  return formatIsoDate(dueYear, month, daysInMonth(dueYear, month));
}
