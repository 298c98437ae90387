// Periods and dates
export { parsePeriod } from './parse-period.ts';
export { buildPeriod } from './build-period.ts';
export { monthsInPeriodKind } from './months-in-period-kind.ts';
export { toPeriodRange } from './to-period-range.ts';
export { periodStartDate } from './period-start-date.ts';
export { periodEndDate } from './period-end-date.ts';
export { listMonths } from './list-months.ts';
export { previousPeriod } from './previous-period.ts';
export { samePeriodLastYear } from './same-period-last-year.ts';
export { quarterOfMonth } from './quarter-of-month.ts';
export { daysInMonth } from './days-in-month.ts';
export { parseIsoDate, type TDateParts } from './parse-iso-date.ts';
export { formatIsoDate } from './format-iso-date.ts';

// Reporting cycle
export { computeReportDueDate } from './compute-report-due-date.ts';
export { isReportOverdue } from './is-report-overdue.ts';
export { addDays, daysBetween } from './add-days.ts';
export { listReportQuarters, type TReportQuarter } from './list-report-quarters.ts';
export {
  computeReminderOccasion,
  type TReminderKind,
  type TReminderOccasion,
  type TReminderOffsets,
} from './compute-reminder-occasion.ts';
export {
  EDITABLE_REPORT_STATUSES,
  REPORT_TRANSITIONS,
  nextReportStatus,
  reportTransition,
  type TReportAction,
  type TReportActor,
  type TReportTransition,
} from './report-transitions.ts';
export {
  DEVIATION_TRANSITIONS,
  OPEN_DEVIATION_STATUSES,
  deviationTransition,
  nextDeviationStatus,
  type TDeviationAction,
  type TDeviationTransition,
} from './deviation-transitions.ts';
export {
  computeReportingRate,
  type TReportingRate,
  type TReportingRateIntervention,
  type TReportingRateReport,
} from './compute-reporting-rate.ts';
export {
  NOT_APPLICABLE_VALUES,
  summarizeQualityAnswers,
  type TAnswerRow,
  type TQuestionSummary,
} from './summarize-quality-answers.ts';
export { planDeviationEffect, type TDeviationOperation } from './plan-deviation-effect.ts';
export {
  previewDeviationEffect,
  type TDeviationEffectChange,
  type TDeviationEffectPreview,
  type TDeviationEffectState,
} from './preview-deviation-effect.ts';

// Rounding
export { roundHalfUp } from './round-half-up.ts';
export { roundToTsek } from './round-to-tsek.ts';
export { roundToWholePercent } from './round-to-whole-percent.ts';

// Förbrukningskvot
export { computeElapsedShare, type TElapsedShareInput } from './compute-elapsed-share.ts';
export { computeAdjustedBudget, type TBudgetAdjustmentInput } from './compute-adjusted-budget.ts';
export {
  computeConsumptionRatio,
  type TConsumptionRatio,
  type TConsumptionRatioInput,
  type TConsumptionRatioReason,
} from './compute-consumption-ratio.ts';
export {
  flagConsumptionRatio,
  DEFAULT_CONSUMPTION_FLAG_THRESHOLDS,
  type TConsumptionFlagThresholds,
} from './flag-consumption-ratio.ts';
export {
  classifyConsumptionDeviation,
  type TConsumptionDeviation,
} from './classify-consumption-deviation.ts';
export {
  computeConsumptionTotal,
  type TConsumptionTotal,
  type TConsumptionTotalRow,
} from './compute-consumption-total.ts';
export {
  computeShareOfAnnualBudget,
  type TShareOfAnnualBudgetInput,
} from './compute-share-of-annual-budget.ts';

// Beslutsutrymme
export {
  computeBudgetHeadroom,
  type TBudgetHeadroom,
  type TBudgetHeadroomColumn,
  type TBudgetHeadroomColumnInput,
  type TBudgetHeadroomLineInput,
  type TBudgetHeadroomPlanInput,
} from './compute-budget-headroom.ts';

// Participants and outcome percentages
export type { TGenderCounts, TParticipantMeasureCounts } from './gender-counts.ts';
export { totalOfGenderCounts } from './total-of-gender-counts.ts';
export { computeShare } from './compute-share.ts';
export {
  computeOutcomeShares,
  type TOutcomeShareGroup,
  type TOutcomeShares,
  type TOutcomeSharesInput,
} from './compute-outcome-shares.ts';
export {
  computeGenderDistribution,
  type TGenderDistribution,
} from './compute-gender-distribution.ts';
export {
  sumParticipantTable,
  type TParticipantTableRow,
  type TSumParticipantTableOptions,
} from './sum-participant-table.ts';
export { computeUnweightedMean } from './compute-unweighted-mean.ts';
export { computeWeightedShare, type TWeightedShareRow } from './compute-weighted-share.ts';
export { computeParticipantsInPeriod } from './compute-participants-in-period.ts';
export {
  checkParticipantConsistency,
  type TConsistencySeverity,
  type TParticipantConsistencyProblem,
} from './check-participant-consistency.ts';

// Medlemsavgifter
export {
  splitMemberFees,
  type TMemberFeeGroup,
  type TMemberFeeLine,
  type TMemberFeeSplit,
  type TMemberFeeSplitInput,
} from './split-member-fees.ts';
export {
  computeHalfYearMemberFees,
  type THalfYearMemberFees,
} from './compute-half-year-member-fees.ts';

// Förbundets mål
export {
  evaluateTarget,
  type TTargetEvaluation,
  type TTargetEvaluationInput,
} from './evaluate-target.ts';
export { measureTarget, type TTargetMeasure, type TTargetMeasureInputs } from './measure-target.ts';

// Intervention keys
export { buildInterventionKey } from './build-intervention-key.ts';

// Reporting flows (kvartalsrapport due dates in Swedish time, deltagardata from months)
export { toSwedishDate } from './to-swedish-date.ts';
export {
  sumParticipantMonths,
  type TParticipantMonth,
  type TParticipantMonthsSum,
} from './sum-participant-months.ts';
export { checkEndReasonConsistency } from './check-end-reason-consistency.ts';

// Dashboards: stored periods of any grain, goal colours, period order
export { pickCoveringPeriods, type TMonthSpan } from './pick-covering-periods.ts';
export {
  sumOutcomeToDate,
  type TOutcomeRowInput,
  type TOutcomeToDate,
  type TSumOutcomeToDateOptions,
} from './sum-outcome-to-date.ts';
export {
  aggregateParticipantFigures,
  type TParticipantFigureInput,
} from './aggregate-participant-figures.ts';
export { classifyGoalPhase, type TGoalPhaseClass } from './classify-goal-phase.ts';
export {
  GOAL_FORECAST_KEY,
  GOAL_KEY_SEPARATOR,
  GOAL_PHASE_KEY,
  perGoalAnswerKey,
  rollUpGoalAnswers,
  type TRolledUpGoalAnswers,
} from './roll-up-goal-answers.ts';
export {
  parseRequisitionList,
  type TRequisitionLine,
  type TRequisitionListParse,
  type TRequisitionRowError,
  type TRequisitionTarget,
} from './parse-requisition-list.ts';
export { findDestructiveQuestionChanges } from './find-destructive-question-changes.ts';
export { baseQuestionKey, expandGoalQuestions, type TReportGoal } from './expand-goal-questions.ts';
export { comparePeriodsNewestFirst } from './compare-periods-newest-first.ts';
export {
  NOT_APPLICABLE_ANSWER,
  resolveReportQuestions,
  type TStoredReportQuestion,
} from './resolve-report-questions.ts';
export {
  checkReportAnswers,
  type TReportAnswerCheckMode,
  type TReportAnswerValue,
} from './check-report-answers.ts';
export * from './is-stock-measure.ts';

// The one home of every dashboard rule (issue 12): money rows, totals, periods, goal status, lateness
export {
  computeMoneyRow,
  type TMoneyRow,
  type TMoneyRowInput,
  type TMoneyRowReason,
} from './compute-money-row.ts';
export { isMoneyRowListed, type TMoneyRowListedInput } from './is-money-row-listed.ts';
export {
  computeMoneyTotal,
  type TMoneyTotal,
  type TMoneyTotalBasis,
  type TMoneyTotalRowInput,
} from './compute-money-total.ts';
export { toQuarterPeriod } from './to-quarter-period.ts';
export { listPeriodsWithData } from './list-periods-with-data.ts';
export { findNearestPeriodWithData } from './find-nearest-period-with-data.ts';
export { describePeriodCoverage, type TPeriodCoverage } from './describe-period-coverage.ts';
export { pickEconomicPlanForPeriod, type TPlanHeader } from './pick-economic-plan-for-period.ts';
export { pickHeadlineHeadroomColumn } from './pick-headline-headroom-column.ts';
export { isQuarterlyReportLate, type TLateReportInput } from './is-quarterly-report-late.ts';
export {
  pickGoalStatusReport,
  GOAL_STATUS_REPORT_STATUSES,
  type TGoalStatusReportInput,
} from './pick-goal-status-report.ts';
export { countKinds, type TKindCount, type TKindCountInput } from './count-kinds.ts';
export {
  parseParticipantImport,
  type TParticipantImportMonth,
  type TParticipantImportParse,
  type TParticipantImportRowError,
} from './parse-participant-import.ts';
export { checkFinalReport } from './check-final-report.ts';
// The office's economy tools (outcome grid, pasted amounts)
export {
  computeGridConsumptionRatio,
  type TGridConsumptionRatio,
  type TGridConsumptionRatioInput,
} from './compute-grid-consumption-ratio.ts';
export { parseKronorText, type TParsedKronor } from './parse-kronor-text.ts';
