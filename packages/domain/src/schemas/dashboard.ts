import { z } from 'zod/mini';
import {
  ZBudgetAdjustmentKind,
  ZComparison,
  ZGoalPhase,
  ZInterventionAim,
  ZInterventionKind,
  ZInterventionStatus,
  ZMemberKind,
  ZPlanColumnKind,
  ZReportStatus,
  ZStatusColour,
  ZTargetMetric,
} from './enums.ts';

/*
 * Output DTOs of the board's dashboards (översikt / kommun / insats):
 *   GET /api/dashboard?period=…                      → ZDashboardOverview
 *   GET /api/municipalities                          → ZDashboardMunicipalityList
 *   GET /api/municipalities/:id/dashboard?period=…   → ZDashboardMunicipality
 *   GET /api/interventions/:id/dashboard?period=…    → ZDashboardIntervention (dashboard-intervention.ts)
 *
 * Nothing here is pre-formatted: money is whole kronor (expected budgets may be x.5 kr: half of an
 * odd budget), ratios and shares are UNROUNDED fractions (0.7203…), and null means "no data"
 * (shown "–"), never 0. The web formats every figure with the domain formatters (formatTsek,
 * formatPercent …). Fields are only ever added to these schemas, never renamed.
 */

/** Query of every dashboard: a period ('2024', '2024H1', '2024Q3'); omitted = newest with data. */
export const ZDashboardPeriodKind = z.enum(['YEAR', 'HALF', 'QUARTER', 'MONTH']);
export type TDashboardPeriodKind = z.infer<typeof ZDashboardPeriodKind>;

/** The period a dashboard shows, resolved to its months and end date (the date D of the kvot). */
export const ZDashboardPeriod = z.object({
  /** Canonical text: '2024H1'. */
  period: z.string(),
  kind: ZDashboardPeriodKind,
  year: z.int(),
  startMonth: z.int(),
  endMonth: z.int(),
  /** 'YYYY-MM-DD', e.g. '2024-06-30'. */
  startDate: z.string(),
  endDate: z.string(),
  /** Some utfall or participant row ends inside the period (describePeriodCoverage). */
  hasData: z.boolean(),
  /**
   * The last quarter with data, '2024Q2': the page says "data t.o.m. kvartal 2" when it is not
   * the period's last quarter. Null without data.
   */
  dataThroughPeriod: z.nullable(z.string()),
  /** Data reach the period's last quarter (false for Helår 2024 with Jan–Jun recorded). */
  complete: z.boolean(),
  /** Without data: the nearest period that has some (findNearestPeriodWithData); else null. */
  nearestPeriodWithData: z.nullable(z.string()),
});
export type TDashboardPeriod = z.infer<typeof ZDashboardPeriod>;

/**
 * Where a figure comes from:
 * - INTERVENTION_ROWS: summed from per-intervention figures (Tabell 6 rows, reports, outcomes);
 * - FEDERATION_FIGURE: a förbund-level figure the paper gives only as a total (interventionId null,
 *   e.g. "59 individer till arbete och/eller studier" in the 2024 text);
 * - REPORT_ANSWERS: the quarterly reports' answers (goal status);
 * - NONE: nothing recorded for the period.
 */
export const ZDashboardFigureSource = z.enum([
  'INTERVENTION_ROWS',
  'FEDERATION_FIGURE',
  'REPORT_ANSWERS',
  'NONE',
]);
export type TDashboardFigureSource = z.infer<typeof ZDashboardFigureSource>;

/** A short reference to a member (medlem). */
export const ZDashboardMemberRef = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: ZMemberKind,
});
export type TDashboardMemberRef = z.infer<typeof ZDashboardMemberRef>;

/** A short reference to an intervention (insats). */
export const ZDashboardInterventionRef = z.object({
  id: z.string(),
  key: z.string(),
  shortName: z.string(),
  fullName: z.string(),
  /**
   * Whether the viewer may open the intervention's own page (details access: board, office, the
   * assigned lead). The web links only these. Absent means true (older captures).
   */
  mayOpen: z.optional(z.boolean()),
});
export type TDashboardInterventionRef = z.infer<typeof ZDashboardInterventionRef>;

/** Goal status of one quarterly report: the answer as printed, its phase and its PM colour. */
export const ZDashboardGoalStatus = z.object({
  year: z.int(),
  quarter: z.int(),
  /** '2024Q2'. */
  period: z.string(),
  reportId: z.nullable(z.string()),
  reportStatus: z.nullable(ZReportStatus),
  /** "Insatsen ligger i fas gällande uppsatta mål" as answered: 'Ja', 'I stort sett', 'Delvis', 'Nej'. */
  phaseAnswer: z.nullable(z.string()),
  phase: z.nullable(ZGoalPhase),
  /** "Styrgruppens prognos för måluppfyllelse": 'Ja' / 'Nej' as answered. */
  forecastAnswer: z.nullable(z.string()),
  /** Ja → GREEN; I stort sett / Delvis → YELLOW; Nej → RED; null without an answer. */
  colour: z.nullable(ZStatusColour),
  /**
   * True when the report's id, status and answers (reportId, reportStatus, phaseAnswer, phase,
   * forecastAnswer: all null) are withheld and only the period and colour are given: a lead on the
   * förbund-wide dashboards, for an intervention not assigned to them. Absent otherwise.
   */
  answersWithheld: z.optional(z.boolean()),
});
export type TDashboardGoalStatus = z.infer<typeof ZDashboardGoalStatus>;

/** An intervention as listed on the översikt and kommun pages. */
export const ZDashboardInterventionSummary = z.extend(ZDashboardInterventionRef, {
  kind: ZInterventionKind,
  aim: z.nullable(ZInterventionAim),
  status: ZInterventionStatus,
  /** Huvudinsatsägare; null for the förbund's own övriga samverkansinsatser. */
  owner: z.nullable(ZDashboardMemberRef),
  startDate: z.string(),
  endDate: z.string(),
  singleGenderTargetGroup: z.boolean(),
  /** Whether the intervention's budget period overlaps the dashboard period. */
  activeInPeriod: z.boolean(),
  /** From the last quarterly report of the period's last quarter; null when none. */
  goalStatus: z.nullable(ZDashboardGoalStatus),
});
export type TDashboardInterventionSummary = z.infer<typeof ZDashboardInterventionSummary>;

/**
 * Samverkansinsatser of one kind running in the period, counted by goal-status colour
 * (INDIVIDUAL, STRUCTURAL, PRE_STUDY; the förbund's own övriga samverkansinsatser are not counted).
 */
export const ZDashboardKindCount = z.object({
  kind: ZInterventionKind,
  count: z.int(),
  green: z.int(),
  yellow: z.int(),
  red: z.int(),
  /** No report / no answer for the period. */
  noStatus: z.int(),
});
export type TDashboardKindCount = z.infer<typeof ZDashboardKindCount>;

/** Why a förbrukningskvot is missing or 0 (see computeConsumptionRatio). */
export const ZDashboardRatioReason = z.enum([
  'NO_BUDGET',
  'OUTSIDE_BUDGET_PERIOD',
  'NOT_STARTED',
  /** An utfall of 0 kr is recorded: ratio 0. */
  'NO_OUTCOME',
  /** No utfall row recorded for the months measured: ratio null ("–"), never 0 %. */
  'NO_OUTCOME_RECORDED',
]);
export type TDashboardRatioReason = z.infer<typeof ZDashboardRatioReason>;

/** Förbrukningskvot flag: GREEN within the förbund's limits, YELLOW outside, null without ratio. */
export const ZDashboardConsumptionFlag = z.enum(['GREEN', 'YELLOW']);
export type TDashboardConsumptionFlag = z.infer<typeof ZDashboardConsumptionFlag>;

/** One approved change to a year's budget (BudgetAdjustment). */
export const ZDashboardBudgetAdjustment = z.object({
  amountKronor: z.number(),
  kind: ZBudgetAdjustmentKind,
  date: z.string(),
  note: z.string(),
  source: z.string(),
  deviationId: z.nullable(z.string()),
});
export type TDashboardBudgetAdjustment = z.infer<typeof ZDashboardBudgetAdjustment>;

/**
 * Money of one intervention for a period (one row of PM Tabell 4): utfall from 1 January of the
 * period's year to its end ÷ (adjusted budget × elapsed share). Half-year H1 = utfall Jan–Jun vs
 * half the adjusted budget; a year / H2 / Q4 = utfall Jan–Dec vs the whole year's budget.
 */
export const ZDashboardMoneyRow = z.object({
  intervention: ZDashboardInterventionRef,
  kind: ZInterventionKind,
  owner: z.nullable(ZDashboardMemberRef),
  /** The dashboard period this row is computed for ('2024H1'). */
  period: z.string(),
  year: z.int(),
  /** The year's budget as adopted; null when no budget row exists for the year. */
  originalBudgetKronor: z.nullable(z.number()),
  /**
   * After the approved adjustments dated on or before the period's last day (an adjustment
   * counts from its date: one dated 2024-09-01 is in Helår 2024, not in 2024H1). Undated ones
   * always count. Null when no budget row exists.
   */
  adjustedBudgetKronor: z.nullable(z.number()),
  adjustments: z.array(ZDashboardBudgetAdjustment),
  /** Elapsed share of the budget period in the year (whole months); null outside it. */
  elapsedShare: z.nullable(z.number()),
  /** Adjusted budget × elapsed share, unrounded kronor ("Budget TSEK" of Tabell 4). */
  expectedBudgetKronor: z.number(),
  /** Adopted (original) budget × elapsed share: the driftsredovisning's budget column. */
  originalExpectedBudgetKronor: z.number(),
  /**
   * Utfall 1 Jan (or the budget period's first month) → end of `measuredThroughMonth`, the kvot's
   * numerator: year to date WITH WHAT HAS BEEN RECORDED. Null when none is recorded.
   */
  outcomeKronor: z.nullable(z.number()),
  /**
   * The month (a quarter end, or the budget period's last month) the kvot is measured at: the
   * last one inside the period that stored utfall covers. 6 for Helår 2024 with Jan–Jun
   * recorded. Null when no utfall covers any. `elapsedShare` and the expected budgets are
   * measured at this month.
   */
  measuredThroughMonth: z.nullable(z.int()),
  /** The last month `periodOutcomeKronor` reaches; null without. */
  periodOutcomeThroughMonth: z.nullable(z.int()),
  /**
   * Utfall within the period's own months (2019H2: Jul–Dec, the year-end PM's "Utfall kvartal
   * 3+4"); equals `outcomeKronor` for periods starting in January. Null when none is recorded.
   */
  periodOutcomeKronor: z.nullable(z.number()),
  /** Utfall (part of it) is an estimate ("beräknad kostnad"). */
  outcomeEstimated: z.boolean(),
  /** Unrounded förbrukningskvot; null when there is nothing to compare with. */
  ratio: z.nullable(z.number()),
  reason: z.nullable(ZDashboardRatioReason),
  flag: z.nullable(ZDashboardConsumptionFlag),
  /** Note column of Tabell 4, e.g. "Beviljades medel 2024"; null when none. */
  note: z.nullable(z.string()),
});
export type TDashboardMoneyRow = z.infer<typeof ZDashboardMoneyRow>;

/**
 * A total förbrukningskvot: Σ utfall of all rows, including rows without budget, ÷ Σ expected
 * budgets; unused = Σ expected − Σ utfall ("outnyttjade insatsmedel"; negative when overspent).
 */
export const ZDashboardMoneyTotal = z.object({
  /**
   * ADOPTED: against the budgets as adopted (the driftsredovisning: 2024 H1 9 628 / 10 329);
   * ADJUSTED: against the adjusted budgets (Σ Tabell 4's "Budget TSEK": 9 628 / 10 379).
   * Every total on a page says which it is.
   */
  basis: z.enum(['ADOPTED', 'ADJUSTED']),
  outcomeKronor: z.number(),
  expectedBudgetKronor: z.number(),
  ratio: z.nullable(z.number()),
  unusedKronor: z.number(),
  flag: z.nullable(ZDashboardConsumptionFlag),
});
export type TDashboardMoneyTotal = z.infer<typeof ZDashboardMoneyTotal>;

/** The förbund's flag limits (Federation.consumptionFlagLow/High), as fractions. */
export const ZDashboardFlagThresholds = z.object({ low: z.number(), high: z.number() });
export type TDashboardFlagThresholds = z.infer<typeof ZDashboardFlagThresholds>;

/**
 * Money block. `rows` are the samverkansinsatser of PM Tabell 4 (individ, struktur, förstudie);
 * the förbund's own övriga samverkansinsatser (ekonom projektstöd, verksamhetsutvecklare,
 * kompetenshöjande insatser) are kept apart in `otherCooperationRows`, as the delårsrapport does.
 */
export const ZDashboardMoney = z.object({
  thresholds: ZDashboardFlagThresholds,
  rows: z.array(ZDashboardMoneyRow),
  /**
   * The total as the delårsrapport's driftsredovisning computes it: against the ADOPTED budgets
   * (`originalExpectedBudgetKronor`), 2024 H1: 9 628 / 10 329 → 93 %, unused 701 TSEK.
   */
  total: ZDashboardMoneyTotal,
  /** The same total against the rows' adjusted budgets (Σ Tabell 4's "Budget TSEK"). */
  totalAdjusted: ZDashboardMoneyTotal,
  otherCooperationRows: z.array(ZDashboardMoneyRow),
  /** Övriga samverkansinsatser against their adopted budgets (2024 H1: 307 / 490 → 63 %). */
  otherCooperationTotal: ZDashboardMoneyTotal,
});
export type TDashboardMoney = z.infer<typeof ZDashboardMoney>;

/** A K/M count with its total (S:a). Each field null when not reported (not the same as 0). */
export const ZDashboardGenderCounts = z.object({
  women: z.nullable(z.number()),
  men: z.nullable(z.number()),
  /** Part given only as a total, without gender. */
  unspecified: z.nullable(z.number()),
  /** S:a = women + men + unspecified; null when nothing is reported. */
  total: z.nullable(z.number()),
});
export type TDashboardGenderCounts = z.infer<typeof ZDashboardGenderCounts>;

/** Participant counts (deltagardata) per measure, each by gender. */
export const ZDashboardParticipantCounts = z.object({
  /** Inregistrerade in the period. */
  registered: ZDashboardGenderCounts,
  /** Avslutade in the period. */
  ended: ZDashboardGenderCounts,
  /** Avslutade under hela insatsperioden (to the period end). */
  endedWholePeriod: ZDashboardGenderCounts,
  /** Pågående at the period end. */
  ongoing: ZDashboardGenderCounts,
  /**
   * Gått vidare till efterföljande insats in the period: they leave without ending, so they are
   * neither avslutade nor pågående (DOMAIN.md §3). Reported by the leads; not a column of the PM.
   */
  movedToSuccessor: ZDashboardGenderCounts,
  /** Avslutade till arbete och/eller studier. */
  endedToWorkOrStudies: ZDashboardGenderCounts,
  /** Avslutade som arbetssökande. */
  endedToJobSeeking: ZDashboardGenderCounts,
  /** The PM's combined column "till arbete och/eller studier/arbetssökande". */
  endedToWorkStudiesOrJobSeeking: ZDashboardGenderCounts,
  /** Anonymt inskrivna (counted in, never out; kept out of Tabell 6). */
  anonymousRegistered: ZDashboardGenderCounts,
  /** Med handlingsplan vid avslut. */
  endedWithActionPlan: ZDashboardGenderCounts,
  /** Förrehabiliterande: plan för vidare rehabilitering. */
  endedWithRehabilitationPlan: ZDashboardGenderCounts,
});
export type TDashboardParticipantCounts = z.infer<typeof ZDashboardParticipantCounts>;
export type TDashboardParticipantMeasureKey = keyof TDashboardParticipantCounts;

/** Outcome counts and unrounded shares for one gender or the total (computeOutcomeShares). */
export const ZDashboardOutcomeShareGroup = z.object({
  ended: z.nullable(z.number()),
  toWorkOrStudies: z.nullable(z.number()),
  toWorkStudiesOrJobSeeking: z.nullable(z.number()),
  other: z.nullable(z.number()),
  shareToWorkOrStudies: z.nullable(z.number()),
  shareToWorkStudiesOrJobSeeking: z.nullable(z.number()),
  shareOther: z.nullable(z.number()),
});
export type TDashboardOutcomeShareGroup = z.infer<typeof ZDashboardOutcomeShareGroup>;

export const ZDashboardOutcomeShares = z.object({
  women: ZDashboardOutcomeShareGroup,
  men: ZDashboardOutcomeShareGroup,
  total: ZDashboardOutcomeShareGroup,
});
export type TDashboardOutcomeShares = z.infer<typeof ZDashboardOutcomeShares>;

/** Fördelning kvinnor/män of one count: K ÷ (K + M), M ÷ (K + M); null for 0/0 or missing. */
export const ZDashboardGenderDistribution = z.object({
  women: z.nullable(z.number()),
  men: z.nullable(z.number()),
});
export type TDashboardGenderDistribution = z.infer<typeof ZDashboardGenderDistribution>;

/** The "Fördelning kvinnor/män" row: one distribution per measure. */
export const ZDashboardParticipantDistribution = z.object({
  registered: ZDashboardGenderDistribution,
  ended: ZDashboardGenderDistribution,
  endedWholePeriod: ZDashboardGenderDistribution,
  ongoing: ZDashboardGenderDistribution,
  movedToSuccessor: ZDashboardGenderDistribution,
  endedToWorkOrStudies: ZDashboardGenderDistribution,
  endedToJobSeeking: ZDashboardGenderDistribution,
  endedToWorkStudiesOrJobSeeking: ZDashboardGenderDistribution,
});
export type TDashboardParticipantDistribution = z.infer<typeof ZDashboardParticipantDistribution>;

/** One intervention's participant row (Tabell 6 / Tabell 8) with its outcome shares. */
export const ZDashboardParticipantRow = z.object({
  intervention: ZDashboardInterventionRef,
  owner: z.nullable(ZDashboardMemberRef),
  aim: z.nullable(ZInterventionAim),
  singleGenderTargetGroup: z.boolean(),
  counts: ZDashboardParticipantCounts,
  outcomes: ZDashboardOutcomeShares,
});
export type TDashboardParticipantRow = z.infer<typeof ZDashboardParticipantRow>;

/** Which source each total measure came from (see ZDashboardFigureSource). */
export const ZDashboardParticipantSources = z.object({
  registered: ZDashboardFigureSource,
  ended: ZDashboardFigureSource,
  endedWholePeriod: ZDashboardFigureSource,
  ongoing: ZDashboardFigureSource,
  movedToSuccessor: ZDashboardFigureSource,
  endedToWorkOrStudies: ZDashboardFigureSource,
  endedToJobSeeking: ZDashboardFigureSource,
  endedToWorkStudiesOrJobSeeking: ZDashboardFigureSource,
  anonymousRegistered: ZDashboardFigureSource,
  endedWithActionPlan: ZDashboardFigureSource,
  endedWithRehabilitationPlan: ZDashboardFigureSource,
});
export type TDashboardParticipantSources = z.infer<typeof ZDashboardParticipantSources>;

/**
 * Participants of the individinsatser for a period: the rows, the "Totalt" row (Σ rows; a measure
 * no row reports is taken from the förbund-level figure, and `sources` says which), the
 * distribution row, the split excluding single-gender target groups, and the outcome shares.
 */
export const ZDashboardParticipants = z.object({
  /**
   * Per-intervention rows. For a lead, only the rows of interventions assigned to them; the totals,
   * distributions, shares and means below are still over every row.
   */
  rows: z.array(ZDashboardParticipantRow),
  /** How many rows were left out of `rows` for this user (a lead); absent when none were. */
  rowsWithheld: z.optional(z.int().check(z.nonnegative())),
  totals: ZDashboardParticipantCounts,
  sources: ZDashboardParticipantSources,
  distribution: ZDashboardParticipantDistribution,
  /** Interventions left out of the split below (e.g. Kvinna Hälsa Arbete). */
  excludedSingleGender: z.array(ZDashboardInterventionRef),
  /** Registered and its distribution without single-gender target groups (2024 H1: 78 / 167). */
  registeredExcludingSingleGender: ZDashboardGenderCounts,
  distributionExcludingSingleGender: ZDashboardParticipantDistribution,
  /** Outcome shares over the totals: each participant counts once (a weighted share). */
  outcomes: ZDashboardOutcomeShares,
  /** Individer deltagit = pågående at period end + avslutade + gått vidare in the period. */
  participantsInPeriod: z.nullable(z.number()),
  /**
   * The papers' "genomsnitt": unweighted mean of the interventions' shares (each intervention
   * counts once) — shown beside, never instead of, the weighted share above.
   */
  unweightedMeanShareToWorkOrStudies: z.nullable(z.number()),
  unweightedMeanShareToWorkStudiesOrJobSeeking: z.nullable(z.number()),
});
export type TDashboardParticipants = z.infer<typeof ZDashboardParticipants>;

/** Unit of a target's value: a share (fraction) or a count (aktiviteter). */
export const ZDashboardTargetUnit = z.enum(['SHARE', 'COUNT']);
export type TDashboardTargetUnit = z.infer<typeof ZDashboardTargetUnit>;

/** One of the förbund's targets for the year and how far it is met in the period. */
export const ZDashboardTarget = z.object({
  metric: ZTargetMetric,
  year: z.int(),
  label: z.string(),
  comparison: ZComparison,
  /** Fraction for shares (0.35), a number for counts (15). */
  targetValue: z.number(),
  unit: ZDashboardTargetUnit,
  /** The measured value (unrounded fraction or count); null when there is no data. */
  actual: z.nullable(z.number()),
  /** Part and whole behind a share (59 of 127); null for counts or without data. */
  part: z.nullable(z.number()),
  whole: z.nullable(z.number()),
  /** Whether the target is met; null without data. */
  met: z.nullable(z.boolean()),
  /**
   * MET, NOT_MET, or NOT_YET_MET for a yearly minimum count not reached before the year is over
   * (7 of "minst 15 aktiviteter" by 30 June); null without data.
   */
  status: z.nullable(z.enum(['MET', 'NOT_MET', 'NOT_YET_MET'])),
  source: ZDashboardFigureSource,
  /** How it is measured, in Swedish (e.g. "Mätt över alla individinsatser"). */
  note: z.nullable(z.string()),
});
export type TDashboardTarget = z.infer<typeof ZDashboardTarget>;

/** One column of the beslutsutrymme (computeBudgetHeadroom), whole kronor. */
export const ZDashboardHeadroomColumn = z.object({
  key: z.string(),
  label: z.string(),
  year: z.int(),
  kind: ZPlanColumnKind,
  memberFeesKronor: z.number(),
  otherIncomeKronor: z.number(),
  incomeKronor: z.number(),
  electedOfficialsKronor: z.number(),
  administrationKronor: z.number(),
  administrationEsfKronor: z.number(),
  interventionsKronor: z.number(),
  otherCooperationKronor: z.number(),
  cooperationKronor: z.number(),
  costsKronor: z.number(),
  yearResultKronor: z.number(),
  openingSurplusKronor: z.number(),
  openedFromKey: z.nullable(z.string()),
  totalOpeningHeadroomKronor: z.number(),
  remainingHeadroomKronor: z.number(),
  pendingApplicationsKronor: z.nullable(z.number()),
  remainingHeadroomAfterApplicationsKronor: z.nullable(z.number()),
  closingHeadroomKronor: z.number(),
});
export type TDashboardHeadroomColumn = z.infer<typeof ZDashboardHeadroomColumn>;

/**
 * Beslutsutrymme of the economic plan as it stood for the dashboard period
 * (pickEconomicPlanForPeriod: 2022 → the 2021-09 plan, 2024 → the 2024-10 plan).
 */
export const ZDashboardHeadroom = z.object({
  planId: z.string(),
  planKey: z.string(),
  title: z.string(),
  asOfDate: z.string(),
  openingSurplusKronor: z.number(),
  openingSurplusNote: z.nullable(z.string()),
  hasPendingApplications: z.boolean(),
  columns: z.array(ZDashboardHeadroomColumn),
  /**
   * The column headlined for the period's year (pickHeadlineHeadroomColumn: its prognosis, else
   * its budget); null when the plan has no column for that year.
   */
  headlineColumnKey: z.nullable(z.string()),
});
export type TDashboardHeadroom = z.infer<typeof ZDashboardHeadroom>;

/** The same figures for one earlier (or the current) period of the same kind. */
export const ZDashboardTrendPoint = z.object({
  period: z.string(),
  isCurrent: z.boolean(),
  /** The period's `money.total` (against adopted budgets, as the driftsredovisning). */
  money: ZDashboardMoneyTotal,
  registered: ZDashboardGenderCounts,
  ended: ZDashboardGenderCounts,
  ongoing: ZDashboardGenderCounts,
  outcomes: ZDashboardOutcomeShares,
});
export type TDashboardTrendPoint = z.infer<typeof ZDashboardTrendPoint>;

/** GET /api/dashboard: the förbund's översikt for one period. */
export const ZDashboardOverview = z.object({
  federation: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  period: ZDashboardPeriod,
  /** Periods with data (money or participants), newest first, for the period picker. */
  availablePeriods: z.array(z.string()),
  targets: z.array(ZDashboardTarget),
  money: ZDashboardMoney,
  interventions: z.array(ZDashboardInterventionSummary),
  kinds: z.array(ZDashboardKindCount),
  participants: ZDashboardParticipants,
  /** The plan as it stood for the period; null when no plan covers the period's year. */
  headroom: z.nullable(ZDashboardHeadroom),
  /** Periods of the same kind with data, oldest first, the current one included. */
  trend: z.array(ZDashboardTrendPoint),
});
export type TDashboardOverview = z.infer<typeof ZDashboardOverview>;

/** GET /api/municipalities: the förbund's members, for navigation. */
export const ZDashboardMunicipalityListItem = z.extend(ZDashboardMemberRef, {
  /** Interventions this member owns (huvudinsatsägare). */
  interventionCount: z.int(),
});
export type TDashboardMunicipalityListItem = z.infer<typeof ZDashboardMunicipalityListItem>;
export const ZDashboardMunicipalityList = z.object({
  members: z.array(ZDashboardMunicipalityListItem),
});
export type TDashboardMunicipalityList = z.infer<typeof ZDashboardMunicipalityList>;

/** GET /api/municipalities/:id/dashboard: one member's interventions for one period. */
export const ZDashboardMunicipality = z.object({
  member: ZDashboardMemberRef,
  period: ZDashboardPeriod,
  availablePeriods: z.array(z.string()),
  interventions: z.array(ZDashboardInterventionSummary),
  money: ZDashboardMoney,
  participants: ZDashboardParticipants,
  trend: z.array(ZDashboardTrendPoint),
});
export type TDashboardMunicipality = z.infer<typeof ZDashboardMunicipality>;
