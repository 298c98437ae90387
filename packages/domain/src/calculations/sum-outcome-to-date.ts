import { pickCoveringPeriods, type TMonthSpan } from './pick-covering-periods.ts';

/** One stored utfall of one intervention in one year (an Outcome row). */
export interface TOutcomeRowInput extends TMonthSpan {
  amountKronor: number;
  /** "Beräknad" / "uppskattad kostnad". */
  estimated?: boolean;
}

/** Options of `sumOutcomeToDate`. */
export interface TSumOutcomeToDateOptions {
  /** Last month (1–12) of the period the förbrukningskvot is measured at. */
  endMonth: number;
  /**
   * First month of the intervention's budget period in the year (1 when it ran all year). Months
   * before it had no spending, so they need no stored row (2019: Växtverket from 1 September).
   */
  firstMonth?: number;
}

/** Result of `sumOutcomeToDate`, in whole kronor. */
export interface TOutcomeToDate<T extends TOutcomeRowInput = TOutcomeRowInput> {
  amountKronor: number;
  /** Whether any summed row is an estimate. */
  estimated: boolean;
  /** The rows that were summed (the objects passed in), in month order. */
  rows: T[];
}

/**
 * Utfall from 1 January to the end of month `endMonth` of one intervention's year — the numerator
 * of the förbrukningskvot — from its stored rows (pass one intervention's rows of one year).
 * Uses the stored period when it matches ('2024H1'), else adds up stored pieces that cover the
 * months without overlap (Q1 + Q2; H1 + H2 for the year-end PM). Null when the months are not
 * fully covered: a missing piece is "no utfall recorded", never a partial sum.
 */
export function sumOutcomeToDate<T extends TOutcomeRowInput>(
  rows: readonly T[],
  options: TSumOutcomeToDateOptions,
): TOutcomeToDate<T> | null {
  const lastStart = Math.min(Math.max(1, options.firstMonth ?? 1), options.endMonth);
  for (let start = 1; start <= lastStart; start += 1) {
    const picked = pickCoveringPeriods(rows, start, options.endMonth);
    if (!picked) continue;
    return {
      amountKronor: picked.reduce((sum, row) => sum + row.amountKronor, 0),
      estimated: picked.some((row) => row.estimated === true),
      rows: picked,
    };
  }
  return null;
}
