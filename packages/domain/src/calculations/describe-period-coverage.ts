import type { TPeriodRange } from '../schemas/index.ts';
import { parsePeriod } from './parse-period.ts';
import { quarterOfMonth } from './quarter-of-month.ts';
import { toQuarterPeriod } from './to-quarter-period.ts';

/** How much of a period has data (what the page says beside its figures). */
export interface TPeriodCoverage {
  /** Some stored row ends inside the period. */
  hasData: boolean;
  /** The last quarter with data, '2024Q2' ("data t.o.m. kvartal 2"); null without data. */
  dataThroughPeriod: string | null;
  /** Data reach the period's last quarter. False for a running year with Jan–Jun recorded. */
  complete: boolean;
}

/**
 * Coverage of a dashboard period by stored rows (utfall, participant figures): the last month any
 * row of the period's year that ends inside the period reaches, as its quarter. "Helår 2024" with
 * only 2024H1 rows → data t.o.m. 2024Q2, not complete; 2022H2 with nothing → no data.
 *
 * @throws RangeError for a malformed period text.
 */
export function describePeriodCoverage(
  range: TPeriodRange,
  rows: readonly { period: string }[],
): TPeriodCoverage {
  let last = 0;
  for (const row of rows) {
    const stored = parsePeriod(row.period);
    if (stored.year !== range.year) continue;
    if (stored.endMonth >= range.startMonth && stored.endMonth <= range.endMonth)
      last = Math.max(last, stored.endMonth);
  }
  if (last === 0) return { hasData: false, dataThroughPeriod: null, complete: false };
  const quarter = quarterOfMonth(last);
  return {
    hasData: true,
    dataThroughPeriod: toQuarterPeriod(range.year, quarter),
    complete: quarter === quarterOfMonth(range.endMonth),
  };
}
