import type { TPeriodKind, TPeriodRange } from '../schemas/index.ts';
import { monthsInPeriodKind } from './months-in-period-kind.ts';

/**
 * Builds the period of `kind` that starts in `startMonth` of `year`, with its canonical text
 * ('2024', '2024H2', '2024Q3', '2024-05'). `startMonth` must be the first month of such a
 * period (1 or 7 for a half-year, 1/4/7/10 for a quarter, 1 for a year).
 *
 * @throws RangeError when `startMonth` does not start a period of that kind.
 */
export function buildPeriod(kind: TPeriodKind, year: number, startMonth: number): TPeriodRange {
  const length = monthsInPeriodKind(kind);
  if (
    !Number.isInteger(startMonth) ||
    startMonth < 1 ||
    startMonth > 12 ||
    (startMonth - 1) % length !== 0
  ) {
    throw new RangeError(`Månad ${startMonth} inleder ingen period av slaget ${kind}.`);
  }
  const endMonth = startMonth + length - 1;
  const period =
    kind === 'YEAR'
      ? `${year}`
      : kind === 'HALF'
        ? `${year}H${startMonth === 1 ? 1 : 2}`
        : kind === 'QUARTER'
          ? `${year}Q${(startMonth - 1) / 3 + 1}`
          : `${year}-${String(startMonth).padStart(2, '0')}`;
  return { period, kind, year, startMonth, endMonth };
}
