import { NO_BREAK_SPACE } from './characters.ts';
import { formatCount } from './format-count.ts';

/** Options of `formatKronor`. */
export interface TFormatKronorOptions {
  /** Append "\u00A0kr" (for running text: "982 500 kr"); tables print the bare number. */
  unit?: boolean;
}

/**
 * Whole kronor as Swedish text: 14 416 183 → "14 416 183" (U+00A0 grouping), −1 300 000 →
 * "−1 300 000" (U+2212); a fractional amount is rounded half away from zero. null → "–" (never
 * with a unit).
 */
export function formatKronor(
  kronor: number | null | undefined,
  options: TFormatKronorOptions = {},
): string {
  const text = formatCount(kronor);
  return options.unit && kronor !== null && kronor !== undefined
    ? `${text}${NO_BREAK_SPACE}kr`
    : text;
}
