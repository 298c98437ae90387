import type { TPeriodRange } from '../schemas/index.ts';
import { buildPeriod } from './build-period.ts';
import { toPeriodRange } from './to-period-range.ts';

/**
 * The month periods ('YYYY-MM') a period consists of, in order: '2024Q2' → ['2024-04',
 * '2024-05', '2024-06']. Participant data arrive monthly; a quarter is the sum of its months.
 */
export function listMonths(period: string | TPeriodRange): string[] {
  const range = toPeriodRange(period);
  const months: string[] = [];
  for (let month = range.startMonth; month <= range.endMonth; month += 1) {
    months.push(buildPeriod('MONTH', range.year, month).period);
  }
  return months;
}
