import { roundHalfUp } from './round-half-up.ts';

/**
 * A ratio (0.7203…) → whole percent (72), half away from zero, from the unrounded ratio.
 * `null` (no data, e.g. a zero denominator) stays `null`; it is never turned into 0.
 */
export function roundToWholePercent(ratio: number | null): number | null {
  return ratio === null ? null : roundHalfUp(ratio * 100);
}
