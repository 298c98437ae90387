/**
 * Andel: part ÷ whole, unrounded. Null when either is missing or the whole is 0 — a 0/0 share is
 * "no data" (shown "–"), never 0 % and never NaN.
 */
export function computeShare(
  part: number | null | undefined,
  whole: number | null | undefined,
): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined || whole === 0)
    return null;
  return part / whole;
}
