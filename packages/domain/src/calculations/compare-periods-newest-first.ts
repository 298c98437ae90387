import type { TPeriodRange } from '../schemas/index.ts';
import { toPeriodRange } from './to-period-range.ts';

/**
 * Sort order for periods, newest first: by end month (year, then month), and of two periods
 * ending together the longer first ('2024' before '2024H2' before '2024Q4' before '2024-12'),
 * so the first of a list is the natural default "newest period with data".
 */
export function comparePeriodsNewestFirst(
  a: string | TPeriodRange,
  b: string | TPeriodRange,
): number {
  const x = toPeriodRange(a);
  const y = toPeriodRange(b);
  if (x.year !== y.year) return y.year - x.year;
  if (x.endMonth !== y.endMonth) return y.endMonth - x.endMonth;
  return x.startMonth - y.startMonth;
}
