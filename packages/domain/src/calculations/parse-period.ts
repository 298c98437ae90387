import type { TPeriodRange } from '../schemas/index.ts';

const PERIOD_PATTERN = /^(\d{4})(?:H([12])|Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/**
 * Resolves a period text to its calendar months: '2024' (helår), '2024H1' (halvår), '2024Q3'
 * (kvartal) or '2024-05' (månad). Case and surrounding spaces are ignored and `period` in the
 * result is normalised ('2024h1' → '2024H1'). Every period lies inside one calendar year, the
 * budget year the förbrukningskvot is computed against.
 *
 * @throws RangeError (Swedish message) for anything else, e.g. '2024H3' or '2024-13'.
 */
export function parsePeriod(period: string): TPeriodRange {
  const normalised = period.trim().toUpperCase();
  const match = PERIOD_PATTERN.exec(normalised);
  if (!match) {
    throw new RangeError(
      `Ogiltig period "${period}": ange år (2024), halvår (2024H1), kvartal (2024Q3) eller månad (2024-05).`,
    );
  }
  const [, yearText, half, quarter, month] = match;
  const year = Number(yearText);
  if (half !== undefined) {
    const startMonth = half === '1' ? 1 : 7;
    return { period: normalised, kind: 'HALF', year, startMonth, endMonth: startMonth + 5 };
  }
  if (quarter !== undefined) {
    const startMonth = (Number(quarter) - 1) * 3 + 1;
    return { period: normalised, kind: 'QUARTER', year, startMonth, endMonth: startMonth + 2 };
  }
  if (month !== undefined) {
    const m = Number(month);
    return { period: normalised, kind: 'MONTH', year, startMonth: m, endMonth: m };
  }
  return { period: normalised, kind: 'YEAR', year, startMonth: 1, endMonth: 12 };
}
