/**
 * Rounds to the nearest integer with halves away from zero, the way the papers (Excel's ROUND)
 * do: 982.5 → 983 (Knivsta's 2022 half-year budget 982 500 kr shows as "983"), 2.4 → 2.
 *
 * Negatives mirror positives (−1 172.5 → −1 173, as the 2024 driftsredovisning prints Heby's
 * budget −1 172 500 kr), so a cost prints the same with or without its sign. Never returns −0.
 *
 * A value within a few units of floating-point precision below a half counts as the half: in
 * binary 0.285 × 100 is 28.499999999999996, while 57 of 200 is 29 % on paper.
 * NaN and ±Infinity are returned unchanged; callers turn missing data into `null` before rounding.
 */
export function roundHalfUp(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const floor = Math.floor(magnitude);
  const tolerance = 16 * Number.EPSILON * Math.max(1, magnitude);
  const rounded = magnitude - floor >= 0.5 - tolerance ? floor + 1 : floor;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}
