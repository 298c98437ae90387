import type { TComparison } from '../schemas/index.ts';

/** Input of `evaluateTarget`: one förbund target (data per förbund and year) and the actual value. */
export interface TTargetEvaluationInput {
  /** "minst 35 %" is GTE 0.35; "högst …" is LTE. */
  comparison: TComparison;
  /** Shares as fractions (0.35), counts as numbers (15). */
  target: number;
  /** Null when there is no data yet. */
  actual: number | null;
  /**
   * True when `actual` is a running count for part of the target's year (7 kompetenshöjande
   * aktiviteter by 30 June against "minst 15 under året"): falling short then means not yet met.
   */
  partOfYearCount?: boolean;
}

/**
 * MET / NOT_MET; NOT_YET_MET for a running count short of a yearly "minst" target before the
 * year is over; null means no data (not "not met").
 */
export type TTargetEvaluation = 'MET' | 'NOT_MET' | 'NOT_YET_MET';

/**
 * Evaluates a förbund target (förbundets mål: "minst 35 % till arbete/studier", "minst 15
 * kompetenshöjande aktiviteter"). Compares the unrounded actual value, so 0.3496 does not meet
 * "minst 35 %" although it is shown as "35 %". A difference within floating-point noise
 * (1e-9 relative) counts as equal, so 7/20 meets EQ 0.35. Null `actual` → null.
 */
export function evaluateTarget(input: TTargetEvaluationInput): TTargetEvaluation | null {
  const { comparison, target, actual } = input;
  if (actual === null) return null;
  const tolerance = 1e-9 * Math.max(1, Math.abs(target));
  const met =
    comparison === 'GTE'
      ? actual >= target - tolerance
      : comparison === 'LTE'
        ? actual <= target + tolerance
        : Math.abs(actual - target) <= tolerance;
  if (met) return 'MET';
  // A yearly minimum can still be reached by a count that grows through the year.
  return input.partOfYearCount && comparison === 'GTE' ? 'NOT_YET_MET' : 'NOT_MET';
}
