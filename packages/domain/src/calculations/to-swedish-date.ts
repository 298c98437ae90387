import { formatIsoDate } from './format-iso-date.ts';

// One formatter for the process, built on first use: building an Intl.DateTimeFormat with a time
// zone is slow (~60 ms of a browser's main thread the first time, 4× on a phone), and a module
// that a page merely loads, or the menu preloads, should not pay it (issue 16).
let stockholm: Intl.DateTimeFormat | undefined;
const stockholmFormat = () =>
  (stockholm ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }));

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
