import type { TConsumptionFlagThresholds } from './flag-consumption-ratio.ts';

/** Which side of the förbund's limits a förbrukningskvot lies: under, within or over. */
export type TConsumptionDeviation = 'BELOW' | 'WITHIN' | 'ABOVE';

/**
 * The direction behind a yellow förbrukningskvot (förbrukning lägre/högre än planerat), so the UI
 * can say in words what the colour means: BELOW when ratio < `low`, ABOVE when ratio > `high`,
 * WITHIN otherwise (inclusive limits, as `flagConsumptionRatio`); null when there is no ratio.
 * Compared on the unrounded ratio: 198 647 / 180 000 (shown "110 %") is ABOVE a 1.1 limit.
 */
export function classifyConsumptionDeviation(
  ratio: number | null,
  thresholds: TConsumptionFlagThresholds,
): TConsumptionDeviation | null {
  if (ratio === null) return null;
  if (ratio < thresholds.low) return 'BELOW';
  if (ratio > thresholds.high) return 'ABOVE';
  return 'WITHIN';
}
