import { z } from 'zod/mini';
import { ZInterventionKind, ZReportStatus } from './enums.ts';
import { ZFreeText, ZQuarter, ZVersion, ZYear } from './fields.ts';
import { strictInput } from './strict-input.ts';

/** Section of the kvartalsrapport: Tabell 2 nuläge mål, Tabell 3 förutsättningar, Tabell 5 kvalitetssäkring. */
export const ZReportSection = z.enum(['GOALS', 'CONDITIONS', 'QUALITY']);
export type TReportSection = z.infer<typeof ZReportSection>;

/** A question key as stored in ReportQuestionSet.questions ('goalPhase', 'vacanciesFunded' …). */
export const ZReportQuestionKey = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: 'Ogiltig frågenyckel.' }));

/**
 * One question of a year's kvartalsrapport form, as the API serves it. The question set is data
 * per year (ReportQuestionSet); `textRequiredFor` is the effective rule: answers that must carry
 * an explanation before the report can be submitted.
 */
export const ZReportQuestion = z.object({
  key: z.string(),
  section: ZReportSection,
  label: z.string(),
  /** Allowed answers ('Ja', 'Nej', 'I stort sett' …); empty = free text. */
  options: z.array(z.string()),
  /** Kinds of intervention the question applies to; omitted = all kinds. */
  appliesTo: z.optional(z.array(ZInterventionKind)),
  textRequiredFor: z.array(z.string()),
  /** True when "–" (ej tillämpligt) is among the options for this intervention's kind. */
  notApplicable: z.optional(z.boolean()),
  /** A goal question asked for one goal of the intervention (mål from the register, from 1). */
  goal: z.optional(z.object({ id: z.string(), number: z.int(), text: z.string() })),
});
export type TReportQuestion = z.infer<typeof ZReportQuestion>;

/** One answer: the chosen option (or free text) and an optional explanation ("fritext"). */
export const ZReportAnswer = z.object({ value: z.string(), text: z.optional(z.string()) });
export type TReportAnswer = z.infer<typeof ZReportAnswer>;

/** The signed-in person who did something, by name (no e-mail in DTOs read by every role). */
export const ZActor = z.object({ id: z.string(), name: z.string() });
export type TActor = z.infer<typeof ZActor>;

/** A kvartalsrapport in a list: its state, due date and whether it is (or was) late. */
export const ZQuarterlyReportSummary = z.object({
  id: z.string(),
  interventionId: z.string(),
  year: z.int(),
  quarter: z.int(),
  status: ZReportStatus,
  /** Last day to submit, 'YYYY-MM-DD' (Q1 → 30 April … Q4 → 31 January next year). */
  dueDate: z.string(),
  /** Not submitted and past the due date, or submitted after it. */
  overdue: z.boolean(),
  submittedAt: z.nullable(z.string()),
  reviewedAt: z.nullable(z.string()),
  version: z.int(),
  updatedAt: z.string(),
});
export type TQuarterlyReportSummary = z.infer<typeof ZQuarterlyReportSummary>;

/** A kvartalsrapport with its questions (the year's set, or the newest earlier one) and answers. */
export const ZQuarterlyReport = z.extend(ZQuarterlyReportSummary, {
  interventionName: z.string(),
  /** The year whose question set the report uses. */
  questionSetYear: z.int(),
  /** The questions that apply to this intervention's kind, in form order. */
  questions: z.array(ZReportQuestion),
  answers: z.record(z.string(), ZReportAnswer),
  /** The intervention's own summary (fritext). */
  comment: z.nullable(z.string()),
  /** The office's comment when it returned (or approved) the report. */
  officeComment: z.nullable(z.string()),
  submittedBy: z.nullable(ZActor),
  reviewedBy: z.nullable(ZActor),
  createdAt: z.string(),
  /**
   * Slutrapport: the final report of the intervention's last quarter. It is that quarter's report
   * everywhere (status, due date, answers) and also carries the final results and lessons learned.
   */
  isFinal: z.boolean(),
  finalResults: z.nullable(z.string()),
  lessonsLearned: z.nullable(z.string()),
});
export type TQuarterlyReport = z.infer<typeof ZQuarterlyReport>;

/** POST /api/interventions/:id/reports: a new draft for a year and quarter. */
export const ZCreateQuarterlyReportInput = strictInput({
  year: ZYear,
  quarter: ZQuarter,
  /** A slutrapport: only for the quarter in which the intervention ends. */
  final: z.optional(z.boolean()),
});
export type TCreateQuarterlyReportInput = z.infer<typeof ZCreateQuarterlyReportInput>;

/** One answer as entered. Whether `value` is one of the question's options is checked by the API. */
export const ZReportAnswerInput = strictInput({
  value: z
    .string({ error: 'Välj ett svar.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Välj ett svar.' }),
      z.maxLength(200, { error: 'Svaret är för långt (högst 200 tecken).' }),
    ),
  text: z.optional(ZFreeText),
});
export type TReportAnswerInput = z.infer<typeof ZReportAnswerInput>;

/**
 * PATCH /api/reports/:id: saves a draft, also half-filled. `answers` is merged key by key into
 * the saved answers; `null` clears one. Completeness is checked only at submit.
 */
export const ZUpdateQuarterlyReportInput = strictInput({
  version: ZVersion,
  answers: z.optional(
    z.record(ZReportQuestionKey, z.nullable(ZReportAnswerInput), {
      error: (issue) => (issue.code === 'invalid_key' ? 'Ogiltig frågenyckel.' : undefined),
    }),
  ),
  comment: z.optional(z.nullable(ZFreeText)),
  /** Slutrapport only: slutresultat and lärdomar, required at submit. */
  finalResults: z.optional(z.nullable(ZFreeText)),
  lessonsLearned: z.optional(z.nullable(ZFreeText)),
});
export type TUpdateQuarterlyReportInput = z.infer<typeof ZUpdateQuarterlyReportInput>;

/** POST /api/reports/:id/submit and /approve: the version the action is based on. */
export const ZReportTransitionInput = strictInput({
  version: ZVersion,
  /** Approve only: an optional note from the office. */
  comment: z.optional(ZFreeText),
});
export type TReportTransitionInput = z.infer<typeof ZReportTransitionInput>;

const RETURN_COMMENT_MESSAGE = 'Skriv en kommentar om vad insatsen behöver komplettera.';

/** POST /api/reports/:id/return: the office must say what to change. */
export const ZReturnQuarterlyReportInput = strictInput({
  version: ZVersion,
  comment: z
    .string({ error: RETURN_COMMENT_MESSAGE })
    .check(
      z.trim(),
      z.minLength(1, { error: RETURN_COMMENT_MESSAGE }),
      z.maxLength(10_000, { error: 'Texten är för lång (högst 10 000 tecken).' }),
    ),
});
export type TReturnQuarterlyReportInput = z.infer<typeof ZReturnQuarterlyReportInput>;

/** GET /api/interventions/:id/reports: oldest first. */
export const ZQuarterlyReportList = z.object({ reports: z.array(ZQuarterlyReportSummary) });
export type TQuarterlyReportList = z.infer<typeof ZQuarterlyReportList>;

/** A question as the office edits it in a year's set (ReportQuestionSet.questions). */
export const ZStoredReportQuestion = strictInput({
  key: ZReportQuestionKey,
  section: ZReportSection,
  label: z
    .string({ error: 'Skriv frågan.' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Skriv frågan.' }),
      z.maxLength(300, { error: 'Frågan är för lång (högst 300 tecken).' }),
    ),
  options: z.optional(
    z
      .array(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(1, { error: 'Ett svarsalternativ får inte vara tomt.' }),
            z.maxLength(60, { error: 'Svarsalternativet är för långt (högst 60 tecken).' }),
          ),
      )
      .check(z.maxLength(10, { error: 'Högst 10 svarsalternativ.' })),
  ),
  appliesTo: z.optional(z.array(ZInterventionKind)),
  textRequiredFor: z.optional(z.array(z.string())),
  notApplicableFor: z.optional(z.array(ZInterventionKind)),
});
export type TStoredReportQuestionInput = z.infer<typeof ZStoredReportQuestion>;

/** GET /api/report-question-sets/:year: one year's question set, as stored. */
export const ZReportQuestionSet = z.object({
  year: z.int(),
  source: z.string(),
  version: z.int(),
  updatedAt: z.nullable(z.string()),
  /**
   * Reports of the year have been submitted with these questions: only wording, order and answer
   * options added last can change (findDestructiveQuestionChanges).
   */
  inUse: z.boolean(),
  questions: z.array(ZStoredReportQuestion),
});
export type TReportQuestionSet = z.infer<typeof ZReportQuestionSet>;

/** GET /api/report-question-sets: the years that have a set of their own. */
export const ZReportQuestionSetList = z.object({
  sets: z.array(z.object({ year: z.int(), questionCount: z.int() })),
});
export type TReportQuestionSetList = z.infer<typeof ZReportQuestionSetList>;

/** PUT /api/report-question-sets/:year: replaces the questions (version 0 creates the set). */
export const ZSaveReportQuestionSetInput = strictInput({
  version: ZVersion,
  questions: z.array(ZStoredReportQuestion).check(
    z.minLength(1, { error: 'En kvartalsrapport behöver minst en fråga.' }),
    z.maxLength(60, { error: 'Högst 60 frågor.' }),
    z.refine((questions) => new Set(questions.map((q) => q.key)).size === questions.length, {
      error: 'Två frågor har samma nyckel.',
    }),
  ),
});
export type TSaveReportQuestionSetInput = z.infer<typeof ZSaveReportQuestionSetInput>;

/** POST /api/report-question-sets/:year/copy: next year's set starts as a copy of `fromYear`'s. */
export const ZCopyReportQuestionSetInput = strictInput({ fromYear: ZYear });
export type TCopyReportQuestionSetInput = z.infer<typeof ZCopyReportQuestionSetInput>;

/** GET /api/reports/:id/previous: the report before it (null for the first one). */
export const ZPreviousQuarterlyReport = z.object({ report: z.nullable(ZQuarterlyReport) });
export type TPreviousQuarterlyReport = z.infer<typeof ZPreviousQuarterlyReport>;

/** The kvartalsrapport form's values: answers by question key, the summary and the final texts. */
export interface TReportFormValues {
  answers: Record<string, { value: string; text: string }>;
  comment: string;
  finalResults: string;
  lessonsLearned: string;
}
