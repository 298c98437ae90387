import { formatIsoDate } from './format-iso-date.ts';
import { parseIsoDate } from './parse-iso-date.ts';

function dateOnly(value: string): string {
  const { year, month, day } = parseIsoDate(value);
  return formatIsoDate(year, month, day);
}

/**
 * Whether a kvartalsrapport is (or was) late. The due date itself is on time.
 * - Not submitted (`submittedAt` null): overdue from the day after `dueDate`, judged on `today`.
 * - Submitted: overdue only if it was submitted after `dueDate`; a late report stays marked late,
 *   whatever `today` is.
 * Timestamps are read by their date part only ('2024-04-30T22:00:00Z' counts as 30 April): pass
 * the Swedish calendar day, this function does not convert time zones.
 *
 * @throws RangeError for a malformed date.
 */
export function isReportOverdue(
  dueDate: string,
  today: string,
  submittedAt: string | null,
): boolean {
  const due = dateOnly(dueDate);
  // ISO dates compare correctly as text.
  return submittedAt === null ? dateOnly(today) > due : dateOnly(submittedAt) > due;
}
