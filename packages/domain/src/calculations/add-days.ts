import { formatIsoDate } from './format-iso-date.ts';
import { parseIsoDate } from './parse-iso-date.ts';

const DAY_MS = 86_400_000;

/**
 * The calendar day `days` days after `isoDate` (negative: before). Works on calendar days, not
 * moments, so a change to or from summer time never shifts the result.
 *
 * @throws RangeError for a malformed date or a non-integer `days`.
 */
export function addDays(isoDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Ogiltigt antal dagar: ${days}.`);
  const { year, month, day } = parseIsoDate(isoDate);
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatIsoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}
