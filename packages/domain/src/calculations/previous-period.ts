import type { TPeriodRange } from '../schemas/index.ts';
import { buildPeriod } from './build-period.ts';
import { monthsInPeriodKind } from './months-in-period-kind.ts';
import { toPeriodRange } from './to-period-range.ts';

/**
 * The period of the same kind one step back: '2024H1' → '2023H2', '2024Q1' → '2023Q4',
 * '2024-01' → '2023-12', '2024' → '2023'. Used for "pågående vid förra periodens slut".
 */
export function previousPeriod(period: string | TPeriodRange): TPeriodRange {
  const range = toPeriodRange(period);
  const startMonth = range.startMonth - monthsInPeriodKind(range.kind);
  return startMonth >= 1
    ? buildPeriod(range.kind, range.year, startMonth)
    : buildPeriod(range.kind, range.year - 1, startMonth + 12);
}
