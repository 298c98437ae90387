import { roundToWholePercent } from '../calculations/round-to-whole-percent.ts';
import { NO_BREAK_SPACE, NO_DATA } from './characters.ts';
import { formatCount } from './format-count.ts';

/**
 * A ratio as whole percent, the papers' style: 0.7203 → "72 %" (U+00A0 before "%", like Intl's
 * percent style in sv-SE), rounded half away from zero from the UNROUNDED ratio
 * (198 647 / 180 000 → "110 %"). Negative → "−75 %" (U+2212). null → "–": a 0/0 share is no
 * data, not "0 %".
 */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NO_DATA;
  return `${formatCount(roundToWholePercent(ratio))}${NO_BREAK_SPACE}%`;
}
