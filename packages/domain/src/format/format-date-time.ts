import { lazyDateTimeFormat } from './lazy-date-time-format.ts';
import { toSwedishDate } from '../calculations/to-swedish-date.ts';
import { NO_DATA } from './characters.ts';
import { formatDate } from './format-date.ts';

// One formatter for the process, built on first use (decision 025).
const clockFormat = lazyDateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO timestamp as the Swedish day and clock time it happened, in Europe/Stockholm time:
 * '2024-04-30T22:30:00Z' → "1 maj 2024 kl. 00.30" (Swedish style: a full stop between hours and
 * minutes). null, or text that is not a timestamp → "–".
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return NO_DATA;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return NO_DATA;
  return `${formatDate(toSwedishDate(instant))} kl. ${clockFormat().format(instant).replace(':', '.')}`;
}
