import type { TPeriodRange } from '../schemas/index.ts';
import { parsePeriod } from './parse-period.ts';

/** Accepts a period text ('2024H1') or an already parsed range; texts go through `parsePeriod`. */
export function toPeriodRange(period: string | TPeriodRange): TPeriodRange {
  return typeof period === 'string' ? parsePeriod(period) : period;
}
