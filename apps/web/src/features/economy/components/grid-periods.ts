/** The quarter before the one `today` is in: the one whose requisitions arrive now. */
export function defaultGridPeriod(today: Date): string {
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return quarter === 1 ? `${today.getFullYear() - 1}Q4` : `${today.getFullYear()}Q${quarter - 1}`;
}

/**
 * The periods offered in the grid's picker, newest first: every quarter and half-year from 2019
 * (the oldest seed paper) to the current year, plus the chosen one if it is outside that range.
 */
export function gridPeriodOptions(today: Date, chosen: string): string[] {
  const options: string[] = [];
  for (let year = today.getFullYear(); year >= 2019; year -= 1) {
    options.push(`${year}Q4`, `${year}Q3`, `${year}H2`, `${year}Q2`, `${year}Q1`, `${year}H1`);
  }
  return options.includes(chosen) ? options : [chosen, ...options];
}
