import { lazyDateTimeFormat } from '../format/lazy-date-time-format.ts';
import { formatIsoDate } from './format-iso-date.ts';

// One formatter for the process, built on first use (decision 025).
const stockholmFormat = lazyDateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/**
 * The Swedish calendar day ('YYYY-MM-DD') a moment falls on, in Europe/Stockholm time (CET/CEST).
 * Due dates of kvartalsrapporter are Swedish days: a report sent at 00:30 on 1 May Swedish time
 * (30 April 22:30 UTC) is a day late, so never compare a due date with the UTC date of a moment.
 */
export function toSwedishDate(instant: Date): string {
  const parts = Object.fromEntries(
    stockholmFormat()
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return formatIsoDate(Number(parts.year), Number(parts.month), Number(parts.day));
}
