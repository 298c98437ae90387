import type { TReportStatus } from '../schemas/enums.ts';
import { computeReportDueDate } from './compute-report-due-date.ts';
import { computeShare } from './compute-share.ts';
import { isReportOverdue } from './is-report-overdue.ts';
import { periodEndDate } from './period-end-date.ts';
import { periodStartDate } from './period-start-date.ts';

export interface TReportingRateIntervention {
  id: string;
  /** 'YYYY-MM-DD', the intervention's period. */
  startDate: string;
  endDate: string;
}

export interface TReportingRateReport {
  interventionId: string;
  year: number;
  quarter: number;
  status: TReportStatus;
  /** Swedish calendar day the report was (last) submitted, or null. */
  submittedOn: string | null;
}

/** Rapporteringsgrad of one quarter, as DHIS2 shows a data set's reporting rate. */
export interface TReportingRate {
  year: number;
  quarter: number;
  /** Last day to submit the quarter's reports. */
  dueDate: string;
  /** Förväntade: interventions whose period overlaps the quarter. */
  expected: number;
  /** Inkomna: reports the office has (inskickad or godkänd). */
  submitted: number;
  /** I tid: submitted on or before the due date. */
  onTime: number;
  /** Försenade: submitted after the due date. */
  late: number;
  /** Saknas: expected, not in, and the due date has passed (a returned report counts here). */
  missing: number;
  /** Ej förfallna: expected, not in, due date not yet passed. */
  notYetDue: number;
  /** submitted ÷ expected, unrounded; null when nothing is expected. */
  submittedShare: number | null;
  /** onTime ÷ expected, unrounded; null when nothing is expected. */
  onTimeShare: number | null;
  /** The expected interventions without a report in, for the office's reminder list. */
  missingInterventionIds: string[];
}

/** Counted as received: the office has it (a returned report is back with the intervention). */
const RECEIVED: TReportStatus[] = ['SUBMITTED', 'APPROVED'];

/**
 * Reporting rate (rapporteringsgrad) of the kvartalsrapporter for `year` Q`quarter`, judged on
 * `today` (the Swedish calendar day). An intervention is expected to report every quarter its
 * period overlaps, also a partly covered first or last quarter. Lateness uses computeReportDueDate
 * and isReportOverdue: the due date itself is on time.
 *
 * Reports of interventions not in `interventions`, or of other quarters, are ignored.
 */
export function computeReportingRate(
  year: number,
  quarter: number,
  interventions: readonly TReportingRateIntervention[],
  reports: readonly TReportingRateReport[],
  today: string,
): TReportingRate {
  const period = `${year}Q${quarter}`;
  const start = periodStartDate(period);
  const end = periodEndDate(period);
  const dueDate = computeReportDueDate(year, quarter);
  const byIntervention = new Map(
    reports
      .filter((report) => report.year === year && report.quarter === quarter)
      .map((report) => [report.interventionId, report]),
  );
  let submitted = 0;
  let onTime = 0;
  let late = 0;
  let notYetDue = 0;
  const missingInterventionIds: string[] = [];
  const expected = interventions.filter(
    (intervention) => intervention.startDate <= end && intervention.endDate >= start,
  );
  for (const intervention of expected) {
    const report = byIntervention.get(intervention.id);
    if (report && RECEIVED.includes(report.status)) {
      submitted += 1;
      if (isReportOverdue(dueDate, today, report.submittedOn ?? dueDate)) late += 1;
      else onTime += 1;
    } else if (isReportOverdue(dueDate, today, null)) {
      missingInterventionIds.push(intervention.id);
    } else {
      notYetDue += 1;
    }
  }
  return {
    year,
    quarter,
    dueDate,
    expected: expected.length,
    submitted,
    onTime,
    late,
    missing: missingInterventionIds.length,
    notYetDue,
    submittedShare: computeShare(submitted, expected.length),
    onTimeShare: computeShare(onTime, expected.length),
    missingInterventionIds,
  };
}
