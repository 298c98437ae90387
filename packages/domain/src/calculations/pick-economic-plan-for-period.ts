import type { TPeriodRange } from '../schemas/index.ts';

/** What `pickEconomicPlanForPeriod` needs of a plan. */
export interface TPlanHeader {
  /** The plan's "per" date, 'YYYY-MM-DD' ("Ekonomisk information per 2024-10-24"). */
  asOfDate: string;
  /** The years of its columns. */
  columnYears: readonly number[];
}

/**
 * The economic plan (beslutsutrymme) as it stood for a dashboard period: the newest plan drawn up
 * no later than the last day of the period's year that has a column for that year. 2024 H1 → the
 * 2024-10 plan; 2022 H1 → the 2021-09 plan (the 2024-10 plan did not exist then and has no 2022
 * column); 2019 → none (null: the page says no plan exists, never another year's figure).
 */
export function pickEconomicPlanForPeriod<T extends TPlanHeader>(
  plans: readonly T[],
  range: Pick<TPeriodRange, 'year'>,
): T | null {
  const yearEnd = `${range.year}-12-31`;
  const candidates = plans
    .filter((plan) => plan.asOfDate <= yearEnd && plan.columnYears.includes(range.year))
    .sort((a, b) => (a.asOfDate < b.asOfDate ? 1 : a.asOfDate > b.asOfDate ? -1 : 0));
  return candidates[0] ?? null;
}
