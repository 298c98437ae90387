import type { TPeriodRange } from '../schemas/index.ts';
import { formatIsoDate } from './format-iso-date.ts';
import { toPeriodRange } from './to-period-range.ts';

/** First day of a period as 'YYYY-MM-DD': '2024H2' → '2024-07-01'. */
export function periodStartDate(period: string | TPeriodRange): string {
  const range = toPeriodRange(period);
  return formatIsoDate(range.year, range.startMonth, 1);
}
