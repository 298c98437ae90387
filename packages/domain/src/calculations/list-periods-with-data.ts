import { buildPeriod } from './build-period.ts';
import { comparePeriodsNewestFirst } from './compare-periods-newest-first.ts';
import { parsePeriod } from './parse-period.ts';

/**
 * Every year, half-year and quarter that has data, newest first — what the period picker marks.
 * A period has data when some stored row (utfall or participant figures, of any grain) ENDS inside
 * it: its year-to-date figures can then be measured up to that row's last month. A stored
 * 2024H1 row marks 2024H1, 2024Q2 and 2024 (Helår 2024, "data t.o.m. kvartal 2"); a monthly
 * row of May marks 2024Q2, 2024H1 and 2024. Single months are never listed (the monthly
 * uppföljningsfil would flood the list); they can still be asked for by URL.
 *
 * @throws RangeError for a malformed period text.
 */
export function listPeriodsWithData(rows: readonly { period: string }[]): string[] {
  const periods = new Set<string>();
  for (const row of rows) {
    const { year, endMonth } = parsePeriod(row.period);
    periods.add(String(year));
    periods.add(buildPeriod('HALF', year, endMonth <= 6 ? 1 : 7).period);
    periods.add(buildPeriod('QUARTER', year, Math.floor((endMonth - 1) / 3) * 3 + 1).period);
  }
  return [...periods].sort(comparePeriodsNewestFirst);
}
