import type { TPeriodRange } from '../schemas/index.ts';
import { formatPeriod } from './format-period.ts';

/**
 * A period as a short axis label for a phone-wide chart, where `formatPeriod`'s "Kvartal 1–2
 * 2024" would be cut to "Kvartal 1–2 2…" and every half-year would read alike: '2024H1' →
 * "Kv 1–2 2024", '2024Q3' → "Kv 3 2024" ("kv" is the common Swedish abbreviation of kvartal);
 * a year ("Helår 2024") and a month ("Maj 2024") are short already and read as `formatPeriod`.
 * The chart's table beside it keeps the full text.
 *
 * @throws RangeError for a malformed period text (as `formatPeriod`).
 */
export function formatPeriodShort(period: string | TPeriodRange): string {
  return formatPeriod(period).replace(/^Kvartal /, 'Kv ');
}
