import { z } from 'zod/mini';
import {
  ZDeviationKind,
  ZDeviationStatus,
  ZExpectedParticipantsKind,
  ZReportStatus,
} from './enums.ts';
import { ZDeviationSummary } from './deviations.ts';
import { ZPeriod } from './period.ts';
import { ZId, ZVersion, ZYear } from './fields.ts';
import { ZActor, ZQuarterlyReportSummary } from './reports.ts';
import { strictInput } from './strict-input.ts';

const TOO_LONG = 'Texten är för lång (högst 10 000 tecken).';

/**
 * POST /api/reports/approve: approve several submitted reports at once (kansliet). Each is
 * approved on its own at the version the office saw: one that changed meanwhile answers 409 in
 * its own result and the others are still approved (per-item result, not all-or-nothing).
 */
export const ZBulkApproveReportsInput = strictInput({
  reports: z
    .array(strictInput({ id: ZId, version: ZVersion }), {
      error: 'Välj vilka rapporter som ska godkännas.',
    })
    .check(
      z.minLength(1, { error: 'Välj minst en rapport att godkänna.' }),
      z.maxLength(200, { error: 'Högst 200 rapporter åt gången.' }),
    ),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(10_000, { error: TOO_LONG }))),
});
export type TBulkApproveReportsInput = z.infer<typeof ZBulkApproveReportsInput>;

/** One report's outcome of a bulk approval: HTTP-like status, the report when approved. */
export const ZBulkApproveItem = z.object({
  id: z.string(),
  /** 200 approved; 404 not found; 409 changed meanwhile or no longer inskickad. */
  status: z.int(),
  message: z.nullable(z.string()),
  report: z.nullable(ZQuarterlyReportSummary),
});
export const ZBulkApproveResult = z.object({
  approved: z.int(),
  failed: z.int(),
  results: z.array(ZBulkApproveItem),
});
export type TBulkApproveResult = z.infer<typeof ZBulkApproveResult>;

const REOPEN_MESSAGE = 'Skriv varför rapporten öppnas igen.';

/** POST /api/reports/:id/reopen: an approved report is locked; only the office reopens it, with a reason. */
export const ZReopenReportInput = strictInput({
  version: ZVersion,
  reason: z
    .string({ error: REOPEN_MESSAGE })
    .check(
      z.trim(),
      z.minLength(1, { error: REOPEN_MESSAGE }),
      z.maxLength(10_000, { error: TOO_LONG }),
    ),
});
export type TReopenReportInput = z.infer<typeof ZReopenReportInput>;

/** One figure an avvikelse changes, before and after (see previewDeviationEffect). */
const ZExpected = z.object({ count: z.int(), kind: ZExpectedParticipantsKind });
export const ZDeviationEffectChange = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('BUDGET'),
    year: z.int(),
    beforeKronor: z.nullable(z.int()),
    afterKronor: z.int(),
  }),
  z.object({
    type: z.literal('PERIOD'),
    before: z.object({ startDate: z.string(), endDate: z.string() }),
    after: z.object({ startDate: z.string(), endDate: z.string() }),
  }),
  z.object({
    type: z.literal('EXPECTED_PARTICIPANTS'),
    before: z.nullable(ZExpected),
    after: ZExpected,
  }),
]);

/**
 * GET /api/deviations/:id/effect: PREVIEW — what approving would change now (nothing is
 * applied); APPLIED — what the approval changed, as computed when it was decided; NONE — rejected,
 * nothing changed.
 */
export const ZDeviationEffectView = z.object({
  deviationId: z.string(),
  status: ZDeviationStatus,
  mode: z.enum(['PREVIEW', 'APPLIED', 'NONE']),
  changes: z.array(ZDeviationEffectChange),
  /** Why the effect could not be applied as it stands (an approval then answers 409). */
  problems: z.array(z.string()),
});
export type TDeviationEffectView = z.infer<typeof ZDeviationEffectView>;

/** The intervention a queue line belongs to. */
const ZQueueIntervention = z.object({ id: z.string(), key: z.string(), shortName: z.string() });

/** An expected report that is not in although its due date has passed. */
export const ZOverdueReport = z.object({
  intervention: ZQueueIntervention,
  year: z.int(),
  quarter: z.int(),
  dueDate: z.string(),
  /** null: not even a draft exists. */
  reportId: z.nullable(z.string()),
  status: z.nullable(ZReportStatus),
});

/** GET /api/review-queue: what waits for the office, oldest first. */
export const ZReviewQueue = z.object({
  /** Swedish calendar day the queue was judged on. */
  today: z.string(),
  submitted: z.array(
    z.object({ report: ZQuarterlyReportSummary, intervention: ZQueueIntervention }),
  ),
  overdue: z.array(ZOverdueReport),
  deviations: z.array(z.object({ deviation: ZDeviationSummary, intervention: ZQueueIntervention })),
});
export type TReviewQueue = z.infer<typeof ZReviewQueue>;

/** GET /api/reporting-rate?year=: a year's query. */
export const ZReportingRateQuery = z.object({ year: ZYear });
export type TReportingRateQuery = z.infer<typeof ZReportingRateQuery>;

/** Rapporteringsgrad per quarter (see computeReportingRate). */
export const ZReportingRateRow = z.object({
  year: z.int(),
  quarter: z.int(),
  dueDate: z.string(),
  expected: z.int(),
  submitted: z.int(),
  onTime: z.int(),
  late: z.int(),
  missing: z.int(),
  notYetDue: z.int(),
  submittedShare: z.nullable(z.number()),
  onTimeShare: z.nullable(z.number()),
  missingInterventions: z.array(ZQueueIntervention),
});
export const ZReportingRateList = z.object({
  year: z.int(),
  today: z.string(),
  quarters: z.array(ZReportingRateRow),
});
export type TReportingRateList = z.infer<typeof ZReportingRateList>;

/** One step in an intervention's history: a report version, a decision, a comment. */
export const ZHistoryEvent = z.object({
  id: z.string(),
  at: z.string(),
  by: z.nullable(ZActor),
  entity: z.string(),
  entityId: z.string(),
  /** 'create', 'update', 'submit', 'approve', 'return', 'reopen', 'review', 'decide' … */
  action: z.string(),
  /** The report's quarter ('2024Q2') or the deviation's kind, when the entry is about one. */
  subject: z.nullable(z.string()),
  deviationKind: z.nullable(ZDeviationKind),
  statusBefore: z.nullable(z.string()),
  statusAfter: z.nullable(z.string()),
  version: z.nullable(z.int()),
  /** The office's comment or reason, or the lead's summary, that came with the step. */
  comment: z.nullable(z.string()),
});
export const ZInterventionHistory = z.object({
  interventionId: z.string(),
  interventionName: z.string(),
  events: z.array(ZHistoryEvent),
});
export type TInterventionHistory = z.infer<typeof ZInterventionHistory>;
export type THistoryEvent = z.infer<typeof ZHistoryEvent>;

/** GET /api/review/quality-summary?period=2024H1. */
export const ZQualitySummaryQuery = z.object({ period: ZPeriod });
export type TQualitySummaryQuery = z.infer<typeof ZQualitySummaryQuery>;

/**
 * The Tabell 5 summary the PM writes as "i N av M insatser …" (summarizeQualityAnswers): per
 * kvalitetssäkring question, how many interventions gave each answer, out of those it applies to.
 */
export const ZQualitySummary = z.object({
  period: z.string(),
  /** The year whose question set names the questions. */
  questionSetYear: z.nullable(z.int()),
  /** Interventions expected to report in the period (reporting-rate rule). */
  interventionCount: z.int(),
  /** Of those, how many have a submitted report in the period (its latest quarter's). */
  reportedCount: z.int(),
  questions: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      answered: z.int(),
      notApplicable: z.int(),
      unanswered: z.int(),
      counts: z.array(z.object({ value: z.string(), count: z.int() })),
    }),
  ),
});
export type TQualitySummary = z.infer<typeof ZQualitySummary>;
