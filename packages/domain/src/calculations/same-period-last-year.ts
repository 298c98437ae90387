import type { TPeriodRange } from '../schemas/index.ts';
import { buildPeriod } from './build-period.ts';
import { toPeriodRange } from './to-period-range.ts';

/**
 * The same period one year earlier ("samma period förra året"), which the PMs compare with:
 * '2024H1' → '2023H1', '2024-05' → '2023-05'.
 */
export function samePeriodLastYear(period: string | TPeriodRange): TPeriodRange {
  const range = toPeriodRange(period);
  return buildPeriod(range.kind, range.year - 1, range.startMonth);
}
