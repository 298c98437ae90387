import { parseIsoDate } from '../calculations/parse-iso-date.ts';
import { MONTH_NAMES_SV } from './month-names.ts';
import { NO_DATA } from './characters.ts';

/**
 * 'YYYY-MM-DD' → Swedish long date, "30 juni 2024" (no leading zero, lower-case month). Built from
 * the text, not a Date, so no time zone can move the day. null → "–".
 *
 * @throws RangeError for text that is not a real date.
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (isoDate === null || isoDate === undefined) return NO_DATA;
  const { year, month, day } = parseIsoDate(isoDate);
  return `${day} ${MONTH_NAMES_SV[month - 1]} ${year}`;
}
