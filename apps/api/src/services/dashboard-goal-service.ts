import type {
  TDashboardGoalStatus,
  TDashboardInterventionSummary,
  TDashboardKindCount,
  TPeriodRange,
  TReportStatus,
} from '@finsam/domain';
import {
  classifyGoalPhase,
  countKinds as countKindsInDomain,
  GOAL_STATUS_REPORT_STATUSES,
  pickGoalStatusReport,
  rollUpGoalAnswers,
  toQuarterPeriod,
} from '@finsam/domain';
import type {
  TDashboardGoalReportRow,
  TDashboardInterventionRow,
} from '../repositories/dashboard-data-repository.ts';
import { isActiveInPeriod, toIsoDate, toInterventionRef, toMemberRef } from './dashboard-dto.ts';

/** Answer keys of the report form's goal questions (every year's question set uses these). */
export { GOAL_FORECAST_KEY, GOAL_PHASE_KEY } from '@finsam/domain';

/** `{ value, text? }` of one answer in a report's answers document, if any. */
export function readAnswer(
  answers: unknown,
  key: string,
): { value: string | null; text: string | null } | null {
  if (typeof answers !== 'object' || answers === null) return null;
  const answer = (answers as Record<string, unknown>)[key];
  if (typeof answer === 'string') return { value: answer, text: null };
  if (typeof answer !== 'object' || answer === null) return null;
  const { value, text } = answer as { value?: unknown; text?: unknown };
  return {
    value:
      typeof value === 'string'
        ? value
        : value === null || value === undefined
          ? null
          : String(value),
    text: typeof text === 'string' ? text : null,
  };
}

/**
 * Goal status of one report (Ja → GREEN, I stort sett / Delvis → YELLOW, Nej → RED); answers per
 * goal roll up to the worst phase (the domain's rollUpGoalAnswers).
 */
export function toGoalStatus(report: {
  id: string;
  year: number;
  quarter: number;
  status: TReportStatus;
  answers: unknown;
}): TDashboardGoalStatus {
  const { phaseAnswer, forecastAnswer } = rollUpGoalAnswers(report.answers);
  const { phase, colour } = classifyGoalPhase(phaseAnswer);
  return {
    year: report.year,
    quarter: report.quarter,
    period: toQuarterPeriod(report.year, report.quarter),
    reportId: report.id,
    reportStatus: report.status,
    phaseAnswer,
    phase,
    forecastAnswer,
    colour,
  };
}

/**
 * Whether a report's answers count towards goal status: only submitted reports — SUBMITTED,
 * APPROVED and RETURNED (its answers were submitted; the office asked for completion). A DRAFT is
 * the lead's unfinished work and never colours a dashboard.
 */
export function countsForGoalStatus(status: TReportStatus): boolean {
  return GOAL_STATUS_REPORT_STATUSES.includes(status);
}

/**
 * A goal status without the report's answers: the period and the colour (a summary) only. What a
 * lead gets on the förbund-wide dashboards for an intervention not assigned to them.
 */
export function withholdGoalAnswers(status: TDashboardGoalStatus): TDashboardGoalStatus {
  return {
    ...status,
    reportId: null,
    reportStatus: null,
    phaseAnswer: null,
    phase: null,
    forecastAnswer: null,
    answersWithheld: true,
  };
}

/** Reports indexed by intervention, for the goal status of any period. */
export function indexGoalReports(reports: readonly TDashboardGoalReportRow[]) {
  const byIntervention = new Map<string, TDashboardGoalReportRow[]>();
  for (const report of reports)
    byIntervention.set(report.interventionId, [
      ...(byIntervention.get(report.interventionId) ?? []),
      report,
    ]);
  return byIntervention;
}

/**
 * Goal status of an intervention for a period: the report the domain's `pickGoalStatusReport`
 * picks (the latest submitted report inside the period with an answer; drafts never count), or
 * null. The one rule for Överblick, Kommun and Insats.
 */
export function goalStatusForPeriod(
  reports: readonly TDashboardGoalReportRow[] | undefined,
  range: TPeriodRange,
): TDashboardGoalStatus | null {
  const report = pickGoalStatusReport(
    (reports ?? []).map((r) => ({
      ...r,
      phaseAnswer: rollUpGoalAnswers(r.answers).phaseAnswer,
    })),
    range,
  );
  return report ? toGoalStatus(report) : null;
}

/**
 * One intervention's row on the översikt and kommun pages. With `withAnswers` false (a lead and an
 * intervention not assigned to them) the goal status keeps its period and colour but not the
 * report's id, status or answers (withholdGoalAnswers).
 */
export function toInterventionSummary(
  intervention: TDashboardInterventionRow,
  reports: Map<string, TDashboardGoalReportRow[]>,
  range: TPeriodRange,
  withAnswers = true,
): TDashboardInterventionSummary {
  const goalStatus = goalStatusForPeriod(reports.get(intervention.id), range);
  return {
    ...toInterventionRef(intervention, withAnswers),
    kind: intervention.kind,
    aim: intervention.aim,
    status: intervention.status,
    owner: intervention.owner ? toMemberRef(intervention.owner) : null,
    startDate: toIsoDate(intervention.startDate),
    endDate: toIsoDate(intervention.endDate),
    singleGenderTargetGroup: intervention.singleGenderTargetGroup,
    activeInPeriod: isActiveInPeriod(intervention, range),
    goalStatus: goalStatus && !withAnswers ? withholdGoalAnswers(goalStatus) : goalStatus,
  };
}

/** Kind totals of the summaries (the domain's `countKinds`). */
export function countKinds(
  summaries: readonly TDashboardInterventionSummary[],
): TDashboardKindCount[] {
  return countKindsInDomain(
    summaries.map((s) => ({
      kind: s.kind,
      activeInPeriod: s.activeInPeriod,
      colour: s.goalStatus?.colour ?? null,
    })),
  );
}
