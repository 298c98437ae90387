import type { TGender, TParticipantMeasure } from '../schemas/index.ts';
import type { TGenderCounts, TParticipantMeasureCounts } from './gender-counts.ts';
import { isStockMeasure } from './is-stock-measure.ts';
import { pickCoveringPeriods, type TMonthSpan } from './pick-covering-periods.ts';

/** One stored participant count (a ParticipantFigure row): a measure, a gender, a period. */
export interface TParticipantFigureInput extends TMonthSpan {
  measure: TParticipantMeasure;
  gender: TGender;
  count: number;
}

const GENDER_FIELD: Record<TGender, keyof TGenderCounts> = {
  WOMEN: 'women',
  MEN: 'men',
  UNSPECIFIED: 'unspecified',
};

/**
 * Participant counts of ONE source (one intervention, or the förbund-level figures) for a period
 * of one year, from its stored figures (pass that source's figures of that year). The period as
 * stored when it is, else the sum of stored pieces covering it without overlap — participant
 * data arrive monthly and a quarter is the sum of its months — with stock measures taken from the
 * last piece. Null when the period is not fully covered; a measure or gender never reported stays
 * missing (not 0).
 */
export function aggregateParticipantFigures(
  figures: readonly TParticipantFigureInput[],
  range: TMonthSpan,
): TParticipantMeasureCounts | null {
  const spans = new Map<string, TMonthSpan>();
  for (const figure of figures) {
    spans.set(`${figure.startMonth}-${figure.endMonth}`, {
      startMonth: figure.startMonth,
      endMonth: figure.endMonth,
    });
  }
  const picked = pickCoveringPeriods([...spans.values()], range.startMonth, range.endMonth);
  if (!picked) return null;
  const last = picked[picked.length - 1]!;
  const inPicked = new Set(picked.map((span) => `${span.startMonth}-${span.endMonth}`));

  const counts: TParticipantMeasureCounts = {};
  for (const figure of figures) {
    if (!inPicked.has(`${figure.startMonth}-${figure.endMonth}`)) continue;
    const isLast = figure.startMonth === last.startMonth && figure.endMonth === last.endMonth;
    if (isStockMeasure(figure.measure) && !isLast) continue;
    const field = GENDER_FIELD[figure.gender];
    const measure: TGenderCounts = counts[figure.measure] ?? {};
    measure[field] = (measure[field] ?? 0) + figure.count;
    counts[figure.measure] = measure;
  }
  return counts;
}
