import { z } from 'zod/mini';
import {
  ZDeviationKind,
  ZDeviationStatus,
  ZExpectedParticipantsKind,
  ZGoalLevel,
  ZInterventionAim,
  ZInterventionKind,
  ZInterventionStatus,
  ZReportStatus,
} from './enums.ts';
import {
  ZDashboardBudgetAdjustment,
  ZDashboardFlagThresholds,
  ZDashboardGoalStatus,
  ZDashboardInterventionRef,
  ZDashboardMemberRef,
  ZDashboardMoneyRow,
  ZDashboardOutcomeShares,
  ZDashboardParticipantCounts,
  ZDashboardParticipantDistribution,
  ZDashboardPeriod,
} from './dashboard.ts';
import { ZPeriod } from './period.ts';

/*
 * The Insats dashboard's own DTO (GET /api/interventions/:id/dashboard?period=… →
 * ZDashboardIntervention), apart from the parts it shares with Överblick and Kommun
 * (dashboard.ts), so the other pages' chunks do not carry it (decision 023).
 */

/** Facts of an intervention (from the application and the board decision). */
export const ZDashboardInterventionFacts = z.extend(ZDashboardInterventionRef, {
  kind: ZInterventionKind,
  aim: z.nullable(ZInterventionAim),
  status: ZInterventionStatus,
  owner: z.nullable(ZDashboardMemberRef),
  partners: z.array(ZDashboardMemberRef),
  startDate: z.string(),
  endDate: z.string(),
  lastIntakeDate: z.nullable(z.string()),
  singleGenderTargetGroup: z.boolean(),
  aliases: z.array(z.string()),
  predecessor: z.nullable(ZDashboardInterventionRef),
  successors: z.array(ZDashboardInterventionRef),
  goals: z.array(z.object({ level: ZGoalLevel, text: z.string(), target: z.nullable(z.string()) })),
  expectedParticipants: z.array(
    z.object({
      count: z.int(),
      kind: ZExpectedParticipantsKind,
      note: z.nullable(z.string()),
      source: z.string(),
    }),
  ),
  grants: z.array(z.object({ year: z.int(), amountKronor: z.number(), source: z.string() })),
});
export type TDashboardInterventionFacts = z.infer<typeof ZDashboardInterventionFacts>;

/** One year's budget: adopted, adjusted (all approved adjustments) and the adjustments. */
export const ZDashboardBudgetYear = z.object({
  year: z.int(),
  originalBudgetKronor: z.number(),
  adjustedBudgetKronor: z.number(),
  adjustments: z.array(ZDashboardBudgetAdjustment),
  source: z.string(),
});
export type TDashboardBudgetYear = z.infer<typeof ZDashboardBudgetYear>;

/** Participants of one period (one intervention). */
export const ZDashboardParticipantPeriod = z.object({
  period: z.string(),
  counts: ZDashboardParticipantCounts,
  outcomes: ZDashboardOutcomeShares,
  distribution: ZDashboardParticipantDistribution,
});
export type TDashboardParticipantPeriod = z.infer<typeof ZDashboardParticipantPeriod>;

/** One answer of a quarterly report, with its question label from the year's question set. */
export const ZDashboardReportAnswer = z.object({
  key: z.string(),
  /** 'GOALS' | 'CONDITIONS' | 'QUALITY' or another section of the year's set; null if unknown. */
  section: z.nullable(z.string()),
  label: z.string(),
  value: z.nullable(z.string()),
  text: z.nullable(z.string()),
});
export type TDashboardReportAnswer = z.infer<typeof ZDashboardReportAnswer>;

/** A quarterly report (kvartalsrapport) as the board sees it. */
export const ZDashboardReport = z.object({
  id: z.string(),
  year: z.int(),
  quarter: z.int(),
  period: z.string(),
  status: ZReportStatus,
  dueDate: z.string(),
  submittedAt: z.nullable(z.string()),
  overdue: z.boolean(),
  answers: z.array(ZDashboardReportAnswer),
  comment: z.nullable(z.string()),
  officeComment: z.nullable(z.string()),
});
export type TDashboardReport = z.infer<typeof ZDashboardReport>;

/** A deviation (avvikelse) and its decision trail. */
export const ZDashboardDeviation = z.object({
  id: z.string(),
  kind: ZDeviationKind,
  status: ZDeviationStatus,
  description: z.string(),
  requestedEffect: z.object({
    amountKronor: z.nullable(z.number()),
    fromYear: z.nullable(z.number()),
    toYear: z.nullable(z.number()),
    newStartDate: z.nullable(z.string()),
    newEndDate: z.nullable(z.string()),
  }),
  decisionReason: z.nullable(z.string()),
  decidedAt: z.nullable(z.string()),
  submittedAt: z.string(),
  events: z.array(
    z.object({
      status: ZDeviationStatus,
      at: z.string(),
      comment: z.nullable(z.string()),
      userName: z.nullable(z.string()),
    }),
  ),
});
export type TDashboardDeviation = z.infer<typeof ZDashboardDeviation>;

/** GET /api/interventions/:id/dashboard: everything about one intervention, over time. */
export const ZDashboardIntervention = z.object({
  facts: ZDashboardInterventionFacts,
  /** The selected period (default: the newest with data for this intervention). */
  period: ZDashboardPeriod,
  availablePeriods: z.array(z.string()),
  /** Goal status quarter by quarter, oldest first (every report). */
  goalStatus: z.array(ZDashboardGoalStatus),
  /**
   * Goal status for the selected period, by the same rule as Överblick (pickGoalStatusReport:
   * the latest submitted report inside the period); null when the period has none.
   */
  goalStatusNow: z.nullable(ZDashboardGoalStatus),
  /** Budget per year (adopted and adjusted), oldest first. */
  budgets: z.array(ZDashboardBudgetYear),
  /** Budget vs utfall for every period with utfall, oldest first (the selected one included). */
  money: z.array(ZDashboardMoneyRow),
  thresholds: ZDashboardFlagThresholds,
  /** Participants by gender for every period with data, oldest first. */
  participants: z.array(ZDashboardParticipantPeriod),
  /** Quarterly reports with their answers, newest first. */
  reports: z.array(ZDashboardReport),
  deviations: z.array(ZDashboardDeviation),
});
export type TDashboardIntervention = z.infer<typeof ZDashboardIntervention>;

/**
 * Query of the dashboards: `period` optional (default: the newest period with data), validated
 * with ZPeriod: year '2024', half-year '2024H1', quarter '2024Q3' (a month '2024-05' also works).
 */
export const ZDashboardQuery = z.object({ period: z.optional(ZPeriod) });
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

/** Path parameter of the kommun dashboard: a member id or key ('knivsta'). */
export const ZDashboardMemberParams = z.object({
  id: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Ange en medlem.' }),
      z.maxLength(64, { error: 'Okänd medlem.' }),
    ),
});

/** Path parameter of the insats dashboard: an intervention id or key. */
export const ZDashboardInterventionParams = z.object({
  id: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Ange en insats.' }),
      z.maxLength(100, { error: 'Okänd insats.' }),
    ),
});
