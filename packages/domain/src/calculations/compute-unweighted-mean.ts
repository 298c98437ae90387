/**
 * Unweighted (simple) mean of per-intervention shares: each intervention counts once, whatever
 * its size. This is what the papers' "ca 96 %" (2022, andel med handlingsplan) and "genomsnitt"
 * mean. Missing values (null, "–") are left out; null when none remain. For a share of all
 * participants, use `computeWeightedShare` instead.
 */
export function computeUnweightedMean(
  values: readonly (number | null | undefined)[],
): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : present.reduce((sum, v) => sum + v, 0) / present.length;
}
