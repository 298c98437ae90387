import { z } from 'zod/mini';

/** Kind of member organisation (medlem) of a samordningsförbund. */
export const ZMemberKind = z.enum([
  'MUNICIPALITY',
  'REGION',
  'EMPLOYMENT_SERVICE',
  'SOCIAL_INSURANCE',
]);
export type TMemberKind = z.infer<typeof ZMemberKind>;

/**
 * Kind of intervention (insats): individinsats, strukturinsats, förstudie, or the förbund's own
 * övriga samverkansinsatser (ekonom projektstöd, verksamhetsutvecklare, kompetenshöjande insatser).
 */
export const ZInterventionKind = z.enum([
  'INDIVIDUAL',
  'STRUCTURAL',
  'PRE_STUDY',
  'OTHER_COOPERATION',
]);
export type TInterventionKind = z.infer<typeof ZInterventionKind>;

/** Aim of an individinsats: work/studies, or förrehabiliterande (a plan for further rehabilitation). */
export const ZInterventionAim = z.enum(['WORK_OR_STUDIES', 'PRE_REHABILITATION']);
export type TInterventionAim = z.infer<typeof ZInterventionAim>;

/** Lifecycle: ansökan → beviljad → pågående → avslutad; an application may also be rejected. */
export const ZInterventionStatus = z.enum([
  'APPLICATION',
  'GRANTED',
  'ONGOING',
  'ENDED',
  'REJECTED',
]);
export type TInterventionStatus = z.infer<typeof ZInterventionStatus>;

/** Goal level from the application: övergripande mål, effektmål, insatsmål/resultatmål. */
export const ZGoalLevel = z.enum(['OVERALL', 'EFFECT', 'RESULT']);
export type TGoalLevel = z.infer<typeof ZGoalLevel>;

/** How an expected participant number is meant: whole period, per year, or concurrent ("löpande"). */
export const ZExpectedParticipantsKind = z.enum(['WHOLE_PERIOD', 'PER_YEAR', 'CONCURRENT']);
export type TExpectedParticipantsKind = z.infer<typeof ZExpectedParticipantsKind>;

/** Gender as counted in participant data (K/M). UNSPECIFIED for counts not split by gender. */
export const ZGender = z.enum(['WOMEN', 'MEN', 'UNSPECIFIED']);
export type TGender = z.infer<typeof ZGender>;

/** Kind of approved change to an intervention's budget for a year. */
export const ZBudgetAdjustmentKind = z.enum([
  'CARRY_OVER',
  'ADDITIONAL_GRANT',
  'DEVIATION',
  'OTHER',
]);
export type TBudgetAdjustmentKind = z.infer<typeof ZBudgetAdjustmentKind>;

/** Roles of DOMAIN.md §6: styrelse, insatsansvarig, kansli, admin. */
export const ZRole = z.enum(['BOARD', 'LEAD', 'OFFICE', 'ADMIN']);
export type TRole = z.infer<typeof ZRole>;

/** Quarterly report (kvartalsrapport) states. */
export const ZReportStatus = z.enum(['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED']);
export type TReportStatus = z.infer<typeof ZReportStatus>;

/** Deviation (avvikelse) states: inskickad → under granskning → beviljad / avslagen. */
export const ZDeviationStatus = z.enum(['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED']);
export type TDeviationStatus = z.infer<typeof ZDeviationStatus>;

/** Deviation kinds seen in the seed papers (DOMAIN.md §5). */
export const ZDeviationKind = z.enum([
  'BUDGET_CHANGE',
  'BUDGET_CARRY_OVER',
  'START_POSTPONED',
  'PERIOD_EXTENDED',
  'GOAL_CHANGED',
  'TARGET_GROUP_OR_METHOD_CHANGED',
  'PARTICIPANT_NUMBER_CHANGED',
]);
export type TDeviationKind = z.infer<typeof ZDeviationKind>;

/** Goal phase answer: "Insatsen ligger i fas gällande uppsatta mål" — Ja / I stort sett / Delvis / Nej. */
export const ZGoalPhase = z.enum(['YES', 'MOSTLY', 'PARTLY', 'NO']);
export type TGoalPhase = z.infer<typeof ZGoalPhase>;

/** Traffic-light colour of the PM: green in phase, yellow keep under watch, red act. */
export const ZStatusColour = z.enum(['GREEN', 'YELLOW', 'RED']);
export type TStatusColour = z.infer<typeof ZStatusColour>;

/**
 * Participant measures (deltagardata), each counted per gender and period:
 * inregistrerade, avslutade, avslutade under hela insatsperioden, pågående at period end,
 * avslutade till arbete och/eller studier, avslutade som arbetssökande, the PM's combined column
 * "till arbete och/eller studier/arbetssökande", anonymt inskrivna, med handlingsplan vid avslut,
 * and the förrehabiliterande insatsers "plan för vidare rehabilitering".
 */
export const ZParticipantMeasure = z.enum([
  'REGISTERED',
  'ENDED',
  'ENDED_WHOLE_PERIOD',
  'ONGOING',
  /** Moved on to the intervention's successor: they leave without ending (DOMAIN.md §2, §3). */
  'MOVED_TO_SUCCESSOR',
  'ENDED_TO_WORK_OR_STUDIES',
  'ENDED_TO_JOB_SEEKING',
  'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING',
  'ANONYMOUS_REGISTERED',
  'ENDED_WITH_ACTION_PLAN',
  'ENDED_WITH_REHABILITATION_PLAN',
]);
export type TParticipantMeasure = z.infer<typeof ZParticipantMeasure>;

/** End reasons (avslutsorsaker), seed 2019 Tabell 7 and 2022 Tabell 9. */
export const ZEndReason = z.enum([
  'UNSUBSIDISED_WORK',
  'SUBSIDISED_WORK',
  'OWN_BUSINESS',
  'STUDIES',
  'WORK_AND_STUDIES',
  'ACTIVE_JOB_SEEKING',
  'CONTINUED_REHABILITATION',
  'ILLNESS',
  'PARENTAL_LEAVE',
  'MOVED',
  'OTHER',
]);
export type TEndReason = z.infer<typeof ZEndReason>;

/** Column kinds of the multi-year economic plan. */
export const ZPlanColumnKind = z.enum(['BUDGET', 'PROGNOSIS', 'PRELIMINARY', 'OUTCOME']);
export type TPlanColumnKind = z.infer<typeof ZPlanColumnKind>;

/**
 * Line categories of the economic plan (beslutsutrymme). Income: medlemsavgifter, ESF and other
 * income. Costs: förtroendevalda, förvaltning, förvaltning ESF, one line per intervention, the
 * negative "prognostiserade ej nyttjade medel", övriga samverkansinsatser, and pending
 * applications (not yet granted; they only move the "efter föreslagna ansökningar" row).
 */
export const ZPlanLineCategory = z.enum([
  'MEMBER_FEES',
  'ESF_INCOME',
  'OTHER_INCOME',
  'ELECTED_OFFICIALS',
  'ADMINISTRATION',
  'ADMINISTRATION_ESF',
  'INTERVENTION',
  'UNUSED_FUNDS_FORECAST',
  'OTHER_COOPERATION',
  'PENDING_APPLICATION',
]);
export type TPlanLineCategory = z.infer<typeof ZPlanLineCategory>;

/** Comparison operator of a förbund target ("minst 35 %" is GTE). */
export const ZComparison = z.enum(['GTE', 'LTE', 'EQ']);
export type TComparison = z.infer<typeof ZComparison>;

/** Metrics the förbund sets yearly targets on (DOMAIN.md §4, Förbundets mål). */
export const ZTargetMetric = z.enum([
  'SHARE_TO_WORK_OR_STUDIES',
  'SHARE_WITH_REHABILITATION_PLAN',
  'SHARE_STRUCTURAL_GOALS_MET',
  'COMPETENCE_ACTIVITIES',
  'SHARE_OF_FUNDS_INDIVIDUAL',
  'SHARE_OF_FUNDS_STRUCTURAL',
  'SHARE_OF_FUNDS_COMPETENCE',
]);
export type TTargetMetric = z.infer<typeof ZTargetMetric>;
