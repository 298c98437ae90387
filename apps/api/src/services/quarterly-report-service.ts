import { z } from 'zod/mini';
import type { TPrismaClient } from '@finsam/db';
import {
  checkFinalReport,
  checkReportAnswers,
  computeReportDueDate,
  EDITABLE_REPORT_STATUSES,
  expandGoalQuestions,
  formatDate,
  formatPeriod,
  isReportOverdue,
  periodEndDate,
  periodStartDate,
  resolveReportQuestions,
  toSwedishDate,
  ZInterventionKind,
  ZReportSection,
} from '@finsam/domain';
import type {
  TCreateQuarterlyReportInput,
  TPreviousQuarterlyReport,
  TQuarterlyReport,
  TQuarterlyReportList,
  TQuarterlyReportSummary,
  TReportAnswer,
  TReportStatus,
  TReportTransitionInput,
  TSessionUser,
  TUpdateQuarterlyReportInput,
} from '@finsam/domain';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.ts';
import { findActors } from '../repositories/actor-repository.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createQuarterlyReport,
  findQuarterlyReport,
  findQuarterlyReportForChange,
  findPreviousQuarterlyReport,
  findQuarterlyReportFor,
  findQuestionSetFor,
  listQuarterlyReports,
  listReportGoals,
  applyQuarterlyReportChange,
} from '../repositories/quarterly-report-repository.ts';
import type {
  TQuarterlyReportChange,
  TQuarterlyReportRow,
} from '../repositories/quarterly-report-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import {
  assertInterventionAccess,
  mayAccessIntervention,
  maySeeDraftReports,
} from './access-service.ts';
import type { TInterventionAccess } from './access-service.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';
import { reportChangeNotices } from './notification-service.ts';

// Stored JSON is read defensively: a malformed question set is a bug, not user input.
const ZStoredQuestions = z.array(
  z.object({
    key: z.string(),
    section: ZReportSection,
    label: z.string(),
    options: z.optional(z.array(z.string())),
    appliesTo: z.optional(z.array(ZInterventionKind)),
    textRequiredFor: z.optional(z.array(z.string())),
    notApplicableFor: z.optional(z.array(ZInterventionKind)),
  }),
);
const ZStoredAnswers = z.record(
  z.string(),
  z.object({ value: z.string(), text: z.optional(z.string()) }),
);

/** The states in which the intervention (or the office on its behalf) may still change a report. */
const EDITABLE: TReportStatus[] = [...EDITABLE_REPORT_STATUSES];

export const STATUS_TEXT: Record<TReportStatus, string> = {
  DRAFT: 'ett utkast',
  SUBMITTED: 'inskickad',
  APPROVED: 'godkänd',
  RETURNED: 'återskickad för komplettering',
};

const quarterName = (year: number, quarter: number) =>
  formatPeriod(`${year}Q${quarter}`).toLowerCase();

function readAnswers(row: Pick<TQuarterlyReportRow, 'answers'>): Record<string, TReportAnswer> {
  return ZStoredAnswers.parse(row.answers ?? {});
}

type TQuestionSetRow = NonNullable<Awaited<ReturnType<typeof findQuestionSetFor>>>;
type TReportGoal = Awaited<ReturnType<typeof listReportGoals>>[number];

/** The year's set (read by the caller) as asked of the intervention's kind: parsed once. */
function resolveQuestionSet(
  set: TQuestionSetRow | null,
  kind: TQuarterlyReportRow['intervention']['kind'],
) {
  if (!set) return null;
  return {
    year: set.year,
    questions: resolveReportQuestions(ZStoredQuestions.parse(set.questions), kind),
  };
}

/**
 * The report's questions from its resolved set: the goal questions asked per goal of the
 * intervention (expandGoalQuestions; a report answered before that keeps one).
 */
function expandQuestionSet(
  resolved: ReturnType<typeof resolveQuestionSet>,
  goals: TReportGoal[],
  answers: Record<string, unknown>,
) {
  if (!resolved) return null;
  return {
    year: resolved.year,
    questions: expandGoalQuestions(resolved.questions, goals, answers),
  };
}

function questionsOf(
  set: TQuestionSetRow | null,
  kind: TQuarterlyReportRow['intervention']['kind'],
  goals: TReportGoal[],
  answers: Record<string, unknown>,
) {
  return expandQuestionSet(resolveQuestionSet(set, kind), goals, answers);
}

/** The report's questions, read: its year's set (or the newest earlier one) and the goals. */
async function questionsFor(
  db: TDbClient,
  row: Pick<TQuarterlyReportRow, 'year' | 'intervention' | 'interventionId' | 'answers'>,
  answers: Record<string, unknown> = readAnswers(row),
) {
  const set = await findQuestionSetFor(db, row.intervention.federationId, row.year);
  if (!set) return null;
  const goals = await listReportGoals(db, row.interventionId);
  return questionsOf(set, row.intervention.kind, goals, answers);
}

export function toSummary(row: TQuarterlyReportRow, now: Date): TQuarterlyReportSummary {
  const dueDate = toIsoDate(row.dueDate);
  // Seeded reports were received before the board PM built on them, but their submission time was
  // never recorded: one that has left DRAFT without a time counts as received by its due date.
  const submittedOn = row.submittedAt
    ? toSwedishDate(row.submittedAt)
    : row.status === 'DRAFT'
      ? null
      : dueDate;
  return {
    id: row.id,
    interventionId: row.interventionId,
    year: row.year,
    quarter: row.quarter,
    status: row.status,
    dueDate,
    overdue: isReportOverdue(dueDate, toSwedishDate(now), submittedOn),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function toDetail(
  db: TDbClient,
  row: TQuarterlyReportRow,
  now: Date,
): Promise<TQuarterlyReport> {
  const questionSet = await questionsFor(db, row);
  const actors = await findActors(db, [row.submittedById, row.reviewedById]);
  return detailOf(row, questionSet, actors, now);
}

function detailOf(
  row: TQuarterlyReportRow,
  questionSet: ReturnType<typeof questionsOf>,
  actors: Map<string, { id: string; name: string }>,
  now: Date,
): TQuarterlyReport {
  return {
    ...toSummary(row, now),
    interventionName: row.intervention.shortName,
    questionSetYear: questionSet?.year ?? row.year,
    questions: questionSet?.questions ?? [],
    answers: readAnswers(row),
    comment: row.comment,
    officeComment: row.officeComment,
    submittedBy: (row.submittedById && actors.get(row.submittedById)) || null,
    reviewedBy: (row.reviewedById && actors.get(row.reviewedById)) || null,
    createdAt: row.createdAt.toISOString(),
    isFinal: row.isFinal,
    finalResults: row.finalResults,
    lessonsLearned: row.lessonsLearned,
  };
}

/**
 * The names behind the report's submitter and reviewer: the signed-in user's own name from the
 * session (after a submit or a review the actor is usually the user), the others as read with
 * the report.
 */
function actorsOf(
  read: ReadonlyMap<string, { id: string; name: string }>,
  row: Pick<TQuarterlyReportRow, 'submittedById' | 'reviewedById'>,
  user: Pick<TSessionUser, 'id' | 'name'>,
) {
  const actors = new Map(read);
  actors.delete(user.id);
  if (row.submittedById === user.id || row.reviewedById === user.id)
    actors.set(user.id, { id: user.id, name: user.name });
  return actors;
}

/**
 * Loads a report and checks the user may do `access` with its intervention. Another förbund's
 * report, and a DRAFT the user may not see (maySeeDraftReports: only the office and the
 * intervention's own lead), answer 404, so their existence is not revealed; a forbidden action
 * answers 403.
 */
async function loadReport(
  db: TDbClient,
  user: TSessionUser,
  id: string,
  access: TInterventionAccess,
) {
  return checkReportAccess(user, await findQuarterlyReport(db, id), access);
}

function checkReportAccess<TRow extends TQuarterlyReportRow>(
  user: TSessionUser,
  row: TRow | null,
  access: TInterventionAccess,
): TRow {
  if (
    !row ||
    row.intervention.federationId !== user.federationId ||
    // A draft is not revealed to anyone but the office and the intervention's own lead.
    (row.status === 'DRAFT' && !maySeeDraftReports(user, row.interventionId))
  ) {
    throw new NotFoundError('Kvartalsrapporten finns inte.');
  }
  if (!mayAccessIntervention(user, row.interventionId, access)) {
    throw new ForbiddenError('Du har inte behörighet till den här insatsens kvartalsrapporter.');
  }
  return row;
}

/**
 * GET /interventions/:id/reports — board, office, and the intervention's own lead. DRAFT reports
 * are listed only for the office and the own lead.
 */
export async function listReports(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  now = new Date(),
): Promise<TQuarterlyReportList> {
  await assertInterventionAccess(prisma, user, interventionId, 'details');
  const rows = await listQuarterlyReports(prisma, interventionId, {
    includeDrafts: maySeeDraftReports(user, interventionId),
  });
  return { reports: rows.map((row) => toSummary(row, now)) };
}

/** GET /reports/:id — with the questions of its year and the answers so far. */
export async function getReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  now = new Date(),
) {
  const row = await loadReport(prisma, user, id, 'details');
  return toDetail(prisma, row, now);
}

/**
 * GET /reports/:id/previous — the intervention's newest report before this one, offered as the
 * starting point of a new draft. Drafts count only for those who may see them.
 */
export async function getPreviousReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  now = new Date(),
): Promise<TPreviousQuarterlyReport> {
  const row = await loadReport(prisma, user, id, 'details');
  const previous = await findPreviousQuarterlyReport(
    prisma,
    row.interventionId,
    row.year,
    row.quarter,
  );
  if (!previous || (previous.status === 'DRAFT' && !maySeeDraftReports(user, row.interventionId))) {
    return { report: null };
  }
  return { report: await toDetail(prisma, previous, now) };
}

/**
 * POST /interventions/:id/reports — a new draft for a quarter the intervention runs in. Its due
 * date is fixed now (computeReportDueDate). A second report for the same quarter answers 409.
 */
export async function createReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  input: TCreateQuarterlyReportInput,
  now = new Date(),
): Promise<TQuarterlyReport> {
  await assertInterventionAccess(prisma, user, interventionId, 'report');
  const quarter = `${input.year}Q${input.quarter}`;
  const duplicate = () =>
    new ConflictError(
      `Det finns redan en kvartalsrapport för ${quarterName(input.year, input.quarter)}.`,
    );
  try {
    return await inTransaction(prisma, async (tx) => {
      const intervention = await tx.intervention.findUniqueOrThrow({
        where: { id: interventionId },
        select: { startDate: true, endDate: true, federationId: true, kind: true },
      });
      const start = toIsoDate(intervention.startDate);
      const end = toIsoDate(intervention.endDate);
      if (periodEndDate(quarter) < start || periodStartDate(quarter) > end) {
        throw new ValidationError([
          {
            path: 'body.quarter',
            message: `Insatsen pågår inte under ${quarterName(input.year, input.quarter)} (den pågår ${formatDate(start)}–${formatDate(end)}).`,
          },
        ]);
      }
      if (!(await findQuestionSetFor(tx, intervention.federationId, input.year))) {
        throw new ValidationError([
          {
            path: 'body.year',
            message: `Det finns inga frågor för kvartalsrapporter ${input.year} eller tidigare år.`,
          },
        ]);
      }
      if (input.final && !(periodStartDate(quarter) <= end && end <= periodEndDate(quarter))) {
        throw new ValidationError([
          {
            path: 'body.final',
            message: `En slutrapport lämnas för insatsens sista kvartal (insatsen slutar ${formatDate(end)}).`,
          },
        ]);
      }
      if (await findQuarterlyReportFor(tx, interventionId, input.year, input.quarter))
        throw duplicate();
      const row = await createQuarterlyReport(tx, {
        interventionId,
        year: input.year,
        quarter: input.quarter,
        dueDate: fromIsoDate(computeReportDueDate(input.year, input.quarter)),
        isFinal: input.final ?? false,
      });
      await recordAudit(tx, {
        user,
        action: 'create',
        entity: 'QuarterlyReport',
        entityId: row.id,
        after: {
          interventionId,
          year: row.year,
          quarter: row.quarter,
          status: row.status,
          dueDate: toIsoDate(row.dueDate),
          isFinal: row.isFinal,
        },
      });
      return toDetail(tx, row, now);
    });
  } catch (error) {
    // Two creates racing for the same quarter: the unique index lets one through.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/** What a change's `decide` gets beside the row: the report's questions, already read. */
export interface TChangeContext {
  /** The questions as they are asked with `answers` (the goal questions depend on them). */
  questions: (answers?: Record<string, unknown>) => ReturnType<typeof questionsOf>;
  /** The report as it is now, for a 409 that shows it (read only when asked for). */
  detail: () => Promise<TQuarterlyReport>;
}

/**
 * Runs one state change of a report (decisions 015, 018): reads it with its goals, question set
 * and actors in one statement and lets `decide` check access, state and input and build the
 * change; then one statement applies the change only at the version the client saw, in the
 * states `decide` allows and in the user's förbund, and writes the audit entry and the notices
 * with it (all or nothing). The version makes the checks made on the read hold for the write:
 * every write of a report bumps it, so the row the UPDATE matches is the row that was read, and
 * the audit entry's after and the notices are built from it and the change. `decide` may return
 * null for "nothing to do" (an idempotent repeat).
 */
export async function changeReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  version: number,
  access: TInterventionAccess,
  action: string,
  now: Date,
  decide: (
    row: TQuarterlyReportRow,
    context: TChangeContext,
  ) => Promise<{ change: TQuarterlyReportChange; from: TReportStatus[] } | null>,
): Promise<TQuarterlyReport> {
  const read = await findQuarterlyReportForChange(prisma, id);
  const before = checkReportAccess(user, read?.report ?? null, access);
  const { questionSet: set, actors } = read!;
  const { goals } = before.intervention;
  // The set is parsed once per change: `decide` and the answer both ask for the questions.
  const resolved = resolveQuestionSet(set, before.intervention.kind);
  const questions = (answers: Record<string, unknown> = readAnswers(before)) =>
    expandQuestionSet(resolved, goals, answers);
  const respond = (row: TQuarterlyReportRow) =>
    detailOf(row, questions(readAnswers(row)), actorsOf(actors, row, user), now);
  const decision = await decide(before, { questions, detail: async () => respond(before) });
  if (decision === null) return respond(before);
  if (before.version !== version) throw new ConflictError();
  // The report as the write leaves it: the row read at `version` with the change applied.
  const expected: TQuarterlyReportRow = {
    ...before,
    ...decision.change,
    answers: (decision.change.answers ?? before.answers) as TQuarterlyReportRow['answers'],
    version: version + 1,
  };
  const notices = await reportChangeNotices(
    prisma,
    action,
    { ...expected, intervention: { ...before.intervention, id: before.interventionId } },
    user,
    now,
  ); // notices of submit/return/approve (issue 15)
  const written = await applyQuarterlyReportChange(
    prisma,
    { id, version, statuses: decision.from, federationId: user.federationId },
    decision.change,
    {
      audit: {
        user,
        action,
        entity: 'QuarterlyReport',
        entityId: id,
        before: auditView(before),
        after: auditView(expected),
      },
      notices,
    },
  );
  if (!written) throw new ConflictError();
  return respond({ ...written, intervention: before.intervention });
}

function auditView(row: TQuarterlyReportRow) {
  return {
    status: row.status,
    answers: row.answers,
    comment: row.comment,
    officeComment: row.officeComment,
    finalResults: row.finalResults,
    lessonsLearned: row.lessonsLearned,
    submittedAt: row.submittedAt,
    submittedById: row.submittedById,
    reviewedAt: row.reviewedAt,
    reviewedById: row.reviewedById,
    version: row.version,
  };
}

function assertEditable(row: TQuarterlyReportRow) {
  if (!EDITABLE.includes(row.status)) {
    throw new ConflictError(
      `Kvartalsrapporten är ${STATUS_TEXT[row.status]} och kan inte ändras. Bara utkast och återskickade rapporter kan ändras.`,
    );
  }
}

/**
 * PATCH /reports/:id — saves answers (merged key by key; null clears one) and the comment of a
 * draft or a returned report. A half-filled draft is fine; each given answer must fit its question.
 */
export function updateReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TUpdateQuarterlyReportInput,
  now = new Date(),
): Promise<TQuarterlyReport> {
  return changeReport(
    prisma,
    user,
    id,
    input.version,
    'report',
    'update',
    now,
    async (row, ctx) => {
      assertEditable(row);
      // A stale autosave (another tab, a save that raced a reload): the client gets the report as
      // saved now, to show both versions; nothing is overwritten.
      if (row.version !== input.version) {
        throw new ConflictError(
          'Rapporten har sparats från ett annat fönster eller av någon annan sedan du öppnade den. Jämför versionerna och välj vad som ska gälla.',
          await ctx.detail(),
        );
      }
      if (!row.isFinal && (input.finalResults || input.lessonsLearned)) {
        throw new ValidationError([
          {
            path: 'body.finalResults',
            message: 'Slutresultat och lärdomar hör till en slutrapport.',
          },
        ]);
      }
      const given = input.answers ?? {};
      const answers = readAnswers(row);
      for (const [key, answer] of Object.entries(given)) {
        if (answer === null) delete answers[key];
        else
          answers[key] = answer.text
            ? { value: answer.value, text: answer.text }
            : { value: answer.value };
      }
      // The goal questions are per goal unless the report is answered with the one answer for the
      // whole intervention (as the papers print it; a report saved before answers per goal): the
      // answers as they will be decide, so a mix of both is refused as unknown questions.
      const questionSet = ctx.questions(answers);
      const errors = checkReportAnswers(questionSet?.questions ?? [], given, 'DRAFT');
      if (errors.length > 0) {
        throw new ValidationError(
          errors.map((error) => ({ ...error, path: `body.${error.path}` })),
        );
      }
      return {
        from: EDITABLE,
        change: {
          answers,
          ...(input.comment !== undefined ? { comment: input.comment || null } : {}),
          ...(input.finalResults !== undefined ? { finalResults: input.finalResults || null } : {}),
          ...(input.lessonsLearned !== undefined
            ? { lessonsLearned: input.lessonsLearned || null }
            : {}),
        },
      };
    },
  );
}

/**
 * POST /reports/:id/submit — DRAFT or RETURNED → SUBMITTED, once every question is answered.
 * Submitting again (a double click, a retried request) changes nothing and answers 200.
 */
export function submitReport(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TReportTransitionInput,
  now = new Date(),
): Promise<TQuarterlyReport> {
  return changeReport(
    prisma,
    user,
    id,
    input.version,
    'report',
    'submit',
    now,
    async (row, ctx) => {
      // Nobody changes a submitted report, so the version it has now is the one the submit made
      // (client sent version − 1) or one the client already saw (version).
      if (
        row.status === 'SUBMITTED' &&
        (input.version === row.version || input.version === row.version - 1)
      ) {
        return null;
      }
      if (!EDITABLE.includes(row.status)) {
        throw new ConflictError(
          `Kvartalsrapporten är ${STATUS_TEXT[row.status]} och kan inte skickas in igen.`,
        );
      }
      if (row.version !== input.version) throw new ConflictError();
      const questionSet = ctx.questions();
      const errors = [
        ...checkReportAnswers(questionSet?.questions ?? [], readAnswers(row), 'SUBMIT'),
        ...checkFinalReport(row),
      ];
      if (errors.length > 0) {
        throw new ValidationError(
          errors,
          'Kvartalsrapporten är inte komplett. Besvara de markerade frågorna.',
        );
      }
      return {
        from: EDITABLE,
        change: { status: 'SUBMITTED', submittedAt: now, submittedById: user.id },
      };
    },
  );
}

// Approve, return and reopen (the office's transitions) live in review-service.ts.
