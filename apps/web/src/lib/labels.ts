import type {
  TComparison,
  TDeviationKind,
  TDeviationStatus,
  TExpectedParticipantsKind,
  TGoalLevel,
  TInterventionAim,
  TInterventionKind,
  TInterventionStatus,
  TMemberKind,
  TPlanColumnKind,
  TReportStatus,
  TBudgetAdjustmentKind,
  TRole,
} from '@finsam/domain';

/** Swedish names of the domain's enums as the UI shows them (DOMAIN.md §2–§5). */
export const INTERVENTION_KIND_LABEL: Record<TInterventionKind, string> = {
  INDIVIDUAL: 'Individinsats',
  STRUCTURAL: 'Strukturinsats',
  PRE_STUDY: 'Förstudie',
  OTHER_COOPERATION: 'Övrig samverkansinsats',
};

export const INTERVENTION_KIND_PLURAL: Record<TInterventionKind, string> = {
  INDIVIDUAL: 'Individinsatser',
  STRUCTURAL: 'Strukturinsatser',
  PRE_STUDY: 'Förstudier',
  OTHER_COOPERATION: 'Övriga samverkansinsatser',
};

export const INTERVENTION_AIM_LABEL: Record<TInterventionAim, string> = {
  WORK_OR_STUDIES: 'Mot arbete eller studier',
  PRE_REHABILITATION: 'Förrehabiliterande',
};

export const INTERVENTION_STATUS_LABEL: Record<TInterventionStatus, string> = {
  APPLICATION: 'Ansökan',
  GRANTED: 'Beviljad',
  ONGOING: 'Pågående',
  ENDED: 'Avslutad',
  REJECTED: 'Avslagen',
};

export const MEMBER_KIND_LABEL: Record<TMemberKind, string> = {
  MUNICIPALITY: 'Kommun',
  REGION: 'Region',
  EMPLOYMENT_SERVICE: 'Arbetsförmedlingen',
  SOCIAL_INSURANCE: 'Försäkringskassan',
};

export const GOAL_LEVEL_LABEL: Record<TGoalLevel, string> = {
  OVERALL: 'Övergripande mål',
  EFFECT: 'Effektmål',
  RESULT: 'Insatsmål',
};

export const EXPECTED_PARTICIPANTS_LABEL: Record<TExpectedParticipantsKind, string> = {
  WHOLE_PERIOD: 'under hela insatsperioden',
  PER_YEAR: 'per år',
  CONCURRENT: 'samtidigt (löpande)',
};

export const REPORT_STATUS_LABEL: Record<TReportStatus, string> = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Inskickad',
  APPROVED: 'Godkänd',
  RETURNED: 'Återskickad för komplettering',
};

export const DEVIATION_KIND_LABEL: Record<TDeviationKind, string> = {
  BUDGET_CHANGE: 'Ändrad budget',
  BUDGET_CARRY_OVER: 'Överföring av ej nyttjade medel',
  START_POSTPONED: 'Senarelagd start',
  PERIOD_EXTENDED: 'Förlängd insatsperiod',
  GOAL_CHANGED: 'Ändrat mål',
  TARGET_GROUP_OR_METHOD_CHANGED: 'Ändrad målgrupp eller metod',
  PARTICIPANT_NUMBER_CHANGED: 'Ändrat antal deltagare',
};

export const DEVIATION_STATUS_LABEL: Record<TDeviationStatus, string> = {
  SUBMITTED: 'Inskickad',
  UNDER_REVIEW: 'Under granskning',
  APPROVED: 'Beviljad',
  REJECTED: 'Avslagen',
};

export const COMPARISON_LABEL: Record<TComparison, string> = {
  GTE: 'minst',
  LTE: 'högst',
  EQ: 'exakt',
};

export const PLAN_COLUMN_KIND_LABEL: Record<TPlanColumnKind, string> = {
  BUDGET: 'Budget',
  PROGNOSIS: 'Prognos',
  PRELIMINARY: 'Preliminär',
  OUTCOME: 'Utfall',
};

export const BUDGET_ADJUSTMENT_KIND_LABEL: Record<TBudgetAdjustmentKind, string> = {
  CARRY_OVER: 'Överförda medel',
  ADDITIONAL_GRANT: 'Beviljat under året',
  DEVIATION: 'Avvikelse',
  OTHER: 'Annan ändring',
};

/** Sections of the quarterly report's question set (seed tables Tabell 2, 3 and 5). */
export const REPORT_SECTION_LABEL: Record<string, string> = {
  GOALS: 'Mål',
  CONDITIONS: 'Förutsättningar för utfall',
  QUALITY: 'Kvalitetssäkring',
};

/** Roles (roller) of the user accounts as the admin sees them. */
export const ROLE_LABEL: Record<TRole, string> = {
  BOARD: 'Styrelse',
  LEAD: 'Insatsansvarig',
  OFFICE: 'Kansli',
  ADMIN: 'Administratör',
};
