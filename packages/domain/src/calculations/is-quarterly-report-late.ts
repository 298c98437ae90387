import type { TReportStatus } from '../schemas/index.ts';
import { isReportOverdue } from './is-report-overdue.ts';
import { toSwedishDate } from './to-swedish-date.ts';

/** What `isQuarterlyReportLate` needs of a kvartalsrapport. */
export interface TLateReportInput {
  status: TReportStatus;
  /** 'YYYY-MM-DD', a Swedish calendar day (Q1 → 30 April). */
  dueDate: string;
  /** The moment it was (last) submitted, ISO instant; null when never, or not recorded. */
  submittedAt: string | null;
}

/**
 * Whether a kvartalsrapport is late ("försenad") — the one rule, with one definition of "today":
 * the Swedish calendar day of `now` (Europe/Stockholm), and submissions read as Swedish days
 * too (sent 00:30 on 1 May Swedish time = 30 April 22:30 UTC is a day late for a 30 April due
 * date).
 * - DRAFT: not submitted; late from the day after the due date.
 * - SUBMITTED, APPROVED, RETURNED: it was submitted (a returned report was handed in; the office
 *   asked for completion), so late only when submitted after the due date.
 * - Submitted without a recorded time (the seeded papers' reports, received before the PM was
 *   written): on time.
 */
export function isQuarterlyReportLate(report: TLateReportInput, now: Date): boolean {
  if (report.status === 'DRAFT') return isReportOverdue(report.dueDate, toSwedishDate(now), null);
  if (report.submittedAt === null) return false;
  const submittedOn = toSwedishDate(new Date(report.submittedAt));
  return isReportOverdue(report.dueDate, submittedOn, submittedOn);
}
