/**
 * The period text of a kvartal: `toQuarterPeriod(2024, 2)` → '2024Q2' (the `YYYYQn` string used
 * for reports, goal status and "data t.o.m."). The one place this string is built.
 *
 * @throws RangeError for a quarter outside 1–4 or a year that is not a whole number.
 */
export function toQuarterPeriod(year: number, quarter: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    throw new RangeError(`Ogiltigt kvartal ${year}Q${quarter}.`);
  return `${year}Q${quarter}`;
}
