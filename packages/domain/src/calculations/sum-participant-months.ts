import type { TEndReason, TParticipantMeasure } from '../schemas/index.ts';
import type { TGenderCounts, TParticipantMeasureCounts } from './gender-counts.ts';
import { isStockMeasure } from './is-stock-measure.ts';
import { listMonths } from './list-months.ts';

/** One month's participant counts ('2024-05'). */
export interface TParticipantMonth {
  period: string;
  measures: TParticipantMeasureCounts;
  endReasons?: Partial<Record<TEndReason, TGenderCounts>>;
}

/** A longer period's counts built from its months. */
export interface TParticipantMonthsSum {
  measures: TParticipantMeasureCounts;
  endReasons: Partial<Record<TEndReason, TGenderCounts>>;
  /** The period's months that had data, in order. */
  months: string[];
  /** The period's months without data. */
  missingMonths: string[];
}

const GENDER_FIELDS = ['women', 'men', 'unspecified'] as const;

function addInto(
  target: Partial<Record<string, TGenderCounts>>,
  key: string,
  counts: TGenderCounts | undefined,
) {
  if (!counts) return;
  const sum: TGenderCounts = target[key] ?? {};
  for (const field of GENDER_FIELDS) {
    const value = counts[field];
    if (typeof value === 'number') sum[field] = (sum[field] ?? 0) + value;
  }
  target[key] = sum;
}

/**
 * A quarter's (half-year's, year's) participant counts from its months — participant data arrive
 * monthly and the system's quarter is the sum of its months (DOMAIN.md §4 "Other periods").
 * Flows (inregistrerade, avslutade, avslutade till arbete/studier …, end reasons) are summed over
 * the months that have data. Stocks (pågående at the period's end, avslutade under hela
 * insatsperioden) are the last month's figure, and missing when the last month has no data: an
 * earlier month's stock would be a wrong figure for the period's end. Months outside the period
 * are ignored. A field no month reports stays missing rather than becoming 0.
 */
export function sumParticipantMonths(
  period: string,
  months: readonly TParticipantMonth[],
): TParticipantMonthsSum {
  const periodMonths = listMonths(period);
  const byMonth = new Map(months.map((month) => [month.period, month]));
  const lastMonth = periodMonths[periodMonths.length - 1];
  const measures: TParticipantMeasureCounts = {};
  const endReasons: Partial<Record<TEndReason, TGenderCounts>> = {};
  const present: string[] = [];
  const missing: string[] = [];
  for (const monthPeriod of periodMonths) {
    const month = byMonth.get(monthPeriod);
    if (!month) {
      missing.push(monthPeriod);
      continue;
    }
    present.push(monthPeriod);
    for (const [measure, counts] of Object.entries(month.measures) as [
      TParticipantMeasure,
      TGenderCounts,
    ][]) {
      if (isStockMeasure(measure) && monthPeriod !== lastMonth) continue;
      addInto(measures, measure, counts);
    }
    for (const [reason, counts] of Object.entries(month.endReasons ?? {}))
      addInto(endReasons, reason, counts);
  }
  return { measures, endReasons, months: present, missingMonths: missing };
}
