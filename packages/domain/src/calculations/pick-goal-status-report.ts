import type { TPeriodRange, TReportStatus } from '../schemas/index.ts';
import { quarterOfMonth } from './quarter-of-month.ts';

/** What `pickGoalStatusReport` needs of a kvartalsrapport. */
export interface TGoalStatusReportInput {
  year: number;
  quarter: number;
  status: TReportStatus;
  /** "Insatsen ligger i fas gällande uppsatta mål" as answered; null when unanswered. */
  phaseAnswer: string | null;
}

/** Report statuses whose answers count for goal status: submitted ones, never a DRAFT. */
export const GOAL_STATUS_REPORT_STATUSES: readonly TReportStatus[] = [
  'SUBMITTED',
  'APPROVED',
  'RETURNED',
];

/**
 * The report an intervention's goal status (målstatus) for a period is read from — the one rule
 * for Överblick, Kommun and Insats: among submitted reports (SUBMITTED, APPROVED, RETURNED; a
 * DRAFT never colours a dashboard) INSIDE the period, the one of the latest quarter that has a
 * phase answer, else the latest one without; null when the period has none (an earlier report
 * does not stand for a later period: "Ingen rapport för perioden").
 */
export function pickGoalStatusReport<T extends TGoalStatusReportInput>(
  reports: readonly T[],
  range: Pick<TPeriodRange, 'year' | 'startMonth' | 'endMonth'>,
): T | null {
  const first = quarterOfMonth(range.startMonth);
  const last = quarterOfMonth(range.endMonth);
  const inPeriod = reports
    .filter(
      (r) =>
        GOAL_STATUS_REPORT_STATUSES.includes(r.status) &&
        r.year === range.year &&
        r.quarter >= first &&
        r.quarter <= last,
    )
    .sort((a, b) => b.quarter - a.quarter);
  return inPeriod.find((r) => r.phaseAnswer) ?? inPeriod[0] ?? null;
}
