import { roundHalfUp } from '../calculations/round-half-up.ts';
import { MINUS_SIGN, NO_BREAK_SPACE, NO_DATA } from './characters.ts';

/**
 * A count (antal deltagare) as Swedish text: "1 312" with U+00A0 grouping, "−5" with U+2212, the
 * way Intl 'sv-SE' writes an integer (the test compares the two).
 * A fractional value is rounded half away from zero first (so the rounding is ours, not Intl's);
 * −0 prints as "0". null/undefined/NaN/±Infinity → "–" (U+2013).
 *
 * Written out rather than through Intl.NumberFormat: every figure on a dashboard passes through
 * here, and a browser's first Intl formatter loads ICU and its Swedish data, ~40 ms of the main
 * thread on a desktop and 4× that on a phone (160 ms of blocking time in Lighthouse's mobile run,
 * issue 16), for what is three digits between spaces.
 */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  const rounded = roundHalfUp(value);
  // BigInt: every integer a double holds in full, without String's exponent past 1e21.
  const digits = BigInt(Math.abs(rounded)).toString();
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3)
    grouped += NO_BREAK_SPACE + digits.slice(at, at + 3);
  return rounded < 0 ? MINUS_SIGN + grouped : grouped;
}
