// The half-year PM: pure builders from Överblick's figures to the document (schemas/pm.ts).
export type { TPmInputs, TPmReport, TPmFinalReport } from './pm-inputs.ts';
export { PM_KIND_GROUPS } from './pm-inputs.ts';
export { buildPmDocument } from './build-pm-document.ts';
export { applyPmTexts } from './apply-pm-texts.ts';
export { buildPmInterventionsTable, pmFullName } from './build-pm-interventions-table.ts';
export { buildPmGoalsTable } from './build-pm-goals-table.ts';
export { buildPmAnswersTable } from './build-pm-answers-table.ts';
export { buildPmMoneyTable, computeSecondHalfBudget } from './build-pm-money-table.ts';
export { buildPmParticipantsTable } from './build-pm-participants-table.ts';
export { describePmKindCounts } from './describe-pm-kind-counts.ts';
export { groupPmInterventions } from './group-pm-interventions.ts';
