import type { TGenderCounts } from './gender-counts.ts';

/**
 * S:a of a K/M count: women + men + unspecified, missing fields left out. Null when nothing at
 * all is reported (undefined counts or all three fields missing), never 0 for "no data".
 */
export function totalOfGenderCounts(counts: TGenderCounts | null | undefined): number | null {
  if (!counts) return null;
  const parts = [counts.women, counts.men, counts.unspecified].filter(
    (n): n is number => typeof n === 'number',
  );
  return parts.length === 0 ? null : parts.reduce((sum, n) => sum + n, 0);
}
