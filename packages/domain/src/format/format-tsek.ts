import { roundToTsek } from '../calculations/round-to-tsek.ts';
import { formatCount } from './format-count.ts';

/**
 * Kronor shown as whole TSEK, the papers' unit: rounded half away from zero from the (possibly
 * fractional) kronor, Swedish grouping with U+00A0 and minus U+2212 — 1 326 000 → "1 326",
 * −2 959 000 → "−2 959", 982 500 → "983", −400 → "0". null → "–".
 * Round each cell on its own: a total may then differ by ±1 from the sum of its printed cells.
 */
export function formatTsek(kronor: number | null | undefined): string {
  return formatCount(kronor === null || kronor === undefined ? null : roundToTsek(kronor));
}
