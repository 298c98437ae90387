import type { TPeriodRange } from '../schemas/index.ts';
import { daysInMonth } from './days-in-month.ts';
import { formatIsoDate } from './format-iso-date.ts';
import { toPeriodRange } from './to-period-range.ts';

/**
 * Last day of a period as 'YYYY-MM-DD' ("per sista juni"): '2024H1' → '2024-06-30',
 * '2024-02' → '2024-02-29'. This is the date D the förbrukningskvot is measured at.
 */
export function periodEndDate(period: string | TPeriodRange): string {
  const range = toPeriodRange(period);
  return formatIsoDate(range.year, range.endMonth, daysInMonth(range.year, range.endMonth));
}
