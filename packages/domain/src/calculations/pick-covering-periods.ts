/** Anything that spans whole months of one year (an Outcome row, a ParticipantFigure row …). */
export interface TMonthSpan {
  startMonth: number;
  endMonth: number;
}

/**
 * Picks stored periods of ONE year that together cover months `startMonth`–`endMonth` exactly,
 * without overlap: the period itself when stored ('2024H1' for H1), else consecutive shorter
 * ones (Q1 + Q2, or six months), taking the longest stored period at each step. Null when the
 * months are not fully covered (a gap means no data, never a partial sum).
 *
 * Data arrive in different grains (a PM's half-year, a report's quarter, the monthly
 * uppföljningsfil), so a quarter is the sum of its months and a half-year the sum of its quarters.
 */
export function pickCoveringPeriods<T extends TMonthSpan>(
  spans: readonly T[],
  startMonth: number,
  endMonth: number,
): T[] | null {
  if (endMonth < startMonth) return null;
  const exact = spans.find((span) => span.startMonth === startMonth && span.endMonth === endMonth);
  if (exact) return [exact];
  const chosen: T[] = [];
  let month = startMonth;
  while (month <= endMonth) {
    let best: T | undefined;
    for (const span of spans) {
      if (span.startMonth !== month || span.endMonth > endMonth || span.endMonth < span.startMonth)
        continue;
      if (!best || span.endMonth > best.endMonth) best = span;
    }
    if (!best) return null;
    chosen.push(best);
    month = best.endMonth + 1;
  }
  return chosen;
}
