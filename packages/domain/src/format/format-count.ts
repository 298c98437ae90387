import { roundHalfUp } from '../calculations/round-half-up.ts';
import { NO_DATA } from './characters.ts';

const INTEGER_FORMAT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/**
 * A count (antal deltagare) as Swedish text: "1 312" with U+00A0 grouping, "−5" with U+2212.
 * A fractional value is rounded half away from zero first (so the rounding is ours, not Intl's);
 * −0 prints as "0". null/undefined → "–" (U+2013).
 */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  return INTEGER_FORMAT.format(roundHalfUp(value));
}
