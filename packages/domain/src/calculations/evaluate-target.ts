import type { TComparison } from '../schemas/index.ts';

/** Input of `evaluateTarget`: one förbund target (data per förbund and year) and the actual value. */
export interface TTargetEvaluationInput {
  /** "minst 35 %" is GTE 0.35; "högst …" is LTE. */
  comparison: TComparison;
  /** Shares as fractions (0.35), counts as numbers (15). */
  target: number;
  /** Null when there is no data yet. */
  actual: number | null;
}

/** MET / NOT_MET; null means no data (not "not met"). */
export type TTargetEvaluation = 'MET' | 'NOT_MET';

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
  return met ? 'MET' : 'NOT_MET';
}
