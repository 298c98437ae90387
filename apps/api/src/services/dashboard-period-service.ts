import type { TPeriodRange } from '@finsam/domain';
import { comparePeriodsNewestFirst, parsePeriod } from '@finsam/domain';

/**
 * The distinct period texts of stored rows, as rows: what the period picker, the default period
 * and the coverage read (only `period`). Thousands of participant rows share a few dozen periods,
 * so each is parsed once rather than once per row (issue 16).
 */
export function listStoredPeriods(rows: readonly { period: string }[]): { period: string }[] {
  return [...new Set(rows.map((row) => row.period))].map((period) => ({ period }));
}

/**
 * Periods with data for the period picker, newest first: every stored period of utfall or
 * participant figures except single months (monthly uppföljningsfil rows would flood the list;
 * a month can still be asked for by URL).
 */
export function listAvailablePeriods(rows: readonly { period: string }[]): string[] {
  const periods = new Set<string>();
  for (const row of rows) {
    const range = parsePeriod(row.period);
    if (range.kind !== 'MONTH') periods.add(range.period);
  }
  return [...periods].sort(comparePeriodsNewestFirst);
}

/**
 * The period to show: the one asked for, else the newest with data (of two ending together the
 * longer, so 2024H1 rather than 2024Q2), else the current calendar year.
 */
export function resolveDashboardPeriod(
  requested: string | undefined,
  available: readonly string[],
  today = new Date(),
): TPeriodRange {
  if (requested) return parsePeriod(requested);
  return parsePeriod(available[0] ?? String(today.getFullYear()));
}

/**
 * Periods for a trend: those with data of the same kind (half-years for a half-year) that end
 * no later than the shown one, oldest first; the shown period is always included.
 */
export function listTrendPeriods(
  range: TPeriodRange,
  available: readonly string[],
): TPeriodRange[] {
  const periods = new Map<string, TPeriodRange>([[range.period, range]]);
  for (const period of available) {
    const candidate = parsePeriod(period);
    if (candidate.kind === range.kind && comparePeriodsNewestFirst(candidate, range) >= 0)
      periods.set(candidate.period, candidate);
  }
  return [...periods.values()].sort((a, b) => comparePeriodsNewestFirst(b, a));
}
