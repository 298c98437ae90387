import { parseIsoDate } from './parse-iso-date.ts';

/** Input of `computeElapsedShare`. Dates are 'YYYY-MM-DD'. */
export interface TElapsedShareInput {
  /** First day of the intervention's budget period (insatsperiodens start). */
  budgetPeriodStart: string;
  /** Last day of the budget period ("till och med"); null when it runs on past year Y. */
  budgetPeriodEnd: string | null;
  /** The budget year Y. */
  year: number;
  /** The date D the ratio is measured at, normally a period end such as '2024-06-30'. */
  periodEnd: string;
}

/**
 * Elapsed share of the year's budget for the förbrukningskvot ("linjär förbrukning över tid"):
 * the months of the intervention's budget period inside year Y up to `periodEnd`, divided by all
 * months of the budget period inside Y. Whole months, never days: exactly ½ at 30 June and 1 at
 * 31 December for a full-year period; an intervention starting 1 September has 4 months in Y and
 * a share of 1 at 31 December (2019: Växtverket).
 *
 * Mid-month rule (the papers have no case; chosen here): a calendar month belongs to the budget
 * period when the period covers at least one day of it, so a period from 15 March to 15 June has
 * the four months March–June. Costs are requisitioned per month, so a started month is a month
 * of spending. Likewise the month containing `periodEnd` counts as elapsed.
 *
 * Edges: 0 when `periodEnd` falls before the budget period's first month in Y (not started);
 * 1 when it falls after Y or after the period's end; `null` when the budget period has no month
 * in Y at all (then there is no share, and no budget to compare with).
 *
 * @throws RangeError for a malformed date.
 */
export function computeElapsedShare(input: TElapsedShareInput): number | null {
  const { year } = input;
  const start = parseIsoDate(input.budgetPeriodStart);
  const end = input.budgetPeriodEnd === null ? null : parseIsoDate(input.budgetPeriodEnd);
  const measuredAt = parseIsoDate(input.periodEnd);

  if (start.year > year || (end !== null && end.year < year)) return null;
  const firstMonth = start.year < year ? 1 : start.month;
  const lastMonth = end === null || end.year > year ? 12 : end.month;
  if (lastMonth < firstMonth) return null;

  const reachedMonth = measuredAt.year < year ? 0 : measuredAt.year > year ? 12 : measuredAt.month;
  const elapsedMonths = Math.max(0, Math.min(reachedMonth, lastMonth) - firstMonth + 1);
  return elapsedMonths / (lastMonth - firstMonth + 1);
}
