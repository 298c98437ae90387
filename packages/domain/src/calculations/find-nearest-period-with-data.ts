import { parsePeriod } from './parse-period.ts';

function endIndex(period: string): number {
  const range = parsePeriod(period);
  return range.year * 12 + range.endMonth;
}

/**
 * The period to offer when the chosen one has no data: among `available` (periods with data,
 * see `listPeriodsWithData`) the one of the same kind (half-year for a half-year) whose end is
 * nearest; of two equally near the earlier (data that exist, rather than a later running period).
 * Falls back to any kind when none of the same kind has data. Null when `available` is empty or
 * the period itself has data.
 *
 * 2022H2 → 2022H1; 2031H1 → 2024H1 (the newest half-year with data); 2025 → 2024.
 *
 * @throws RangeError for a malformed period text.
 */
export function findNearestPeriodWithData(
  period: string,
  available: readonly string[],
): string | null {
  const range = parsePeriod(period);
  if (available.includes(range.period)) return null;
  const sameKind = available.filter((p) => parsePeriod(p).kind === range.kind);
  const pool = sameKind.length > 0 ? sameKind : available;
  const target = endIndex(range.period);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of pool) {
    const distance = Math.abs(endIndex(candidate) - target);
    const earlier = best !== null && endIndex(candidate) < endIndex(best);
    if (distance < bestDistance || (distance === bestDistance && earlier)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
