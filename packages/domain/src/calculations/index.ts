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
export { comparePeriodsNewestFirst } from './compare-periods-newest-first.ts';
export { resolveReportQuestions, type TStoredReportQuestion } from './resolve-report-questions.ts';
export {
  checkReportAnswers,
  type TReportAnswerCheckMode,
  type TReportAnswerValue,
} from './check-report-answers.ts';
export * from './is-stock-measure.ts';

// The office's economy tools (outcome grid, pasted amounts)
export {
  computeGridConsumptionRatio,
  type TGridConsumptionRatio,
  type TGridConsumptionRatioInput,
} from './compute-grid-consumption-ratio.ts';
export { parseKronorText, type TParsedKronor } from './parse-kronor-text.ts';
