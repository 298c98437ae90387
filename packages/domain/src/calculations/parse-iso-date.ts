import { daysInMonth } from './days-in-month.ts';

/** A calendar date split into numbers; month and day are 1-based. */
export interface TDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * 'YYYY-MM-DD' → { year, month, day }. A longer ISO timestamp is accepted and only its date part
 * is read ('2024-04-30T15:00:00Z' → 30 April): the caller decides which calendar day a moment
 * belongs to, this function never converts time zones.
 *
 * @throws RangeError for text that is not a real calendar date ('2024-02-30').
 */
export function parseIsoDate(value: string): TDateParts {
  const match = ISO_DATE_PATTERN.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Ogiltigt datum "${value}": ange datumet som ÅÅÅÅ-MM-DD.`);
  }
  return { year, month, day };
}
