import type { TStatusColour } from '../schemas/index.ts';

/** Per-förbund limits of a förbrukningskvot considered "in phase" (fractions, inclusive). */
export interface TConsumptionFlagThresholds {
  low: number;
  high: number;
}

/** DOMAIN.md §4: the papers give no number; 90 % / 110 % is the configurable default. */
export const DEFAULT_CONSUMPTION_FLAG_THRESHOLDS: TConsumptionFlagThresholds = {
  low: 0.9,
  high: 1.1,
};

/**
 * Colour of a förbrukningskvot in the PM: GREEN when `low` ≤ ratio ≤ `high`, YELLOW outside
 * ("keep under watch": not spending as planned); null when there is no ratio. Compared on the
 * unrounded ratio, so 0.896 (shown "90 %") is YELLOW with a 0.9 limit. The thresholds are data per
 * förbund (Federation.consumptionFlagLow/High), not constants.
 */
export function flagConsumptionRatio(
  ratio: number | null,
  thresholds: TConsumptionFlagThresholds = DEFAULT_CONSUMPTION_FLAG_THRESHOLDS,
): Extract<TStatusColour, 'GREEN' | 'YELLOW'> | null {
  if (ratio === null) return null;
  return ratio >= thresholds.low && ratio <= thresholds.high ? 'GREEN' : 'YELLOW';
}
