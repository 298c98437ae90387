import { Prisma } from '@finsam/db';
import type { TPrismaClient } from '@finsam/db';
import type { TReportStatus } from '@finsam/domain';
import { auditEntryValues, AUDIT_ENTRY_COLUMNS } from './audit-repository.ts';
import type { TAuditInput } from './audit-repository.ts';
import { noticeInserts } from './notification-repository.ts';
import { queryRows } from './plain-sql.ts';
import type { TNewNotice } from './notification-repository.ts';
import type { TDbClient, TTx } from './transaction.ts';

/** Everything a kvartalsrapport DTO and its access check need. */
export const quarterlyReportSelect = {
  id: true,
  interventionId: true,
  year: true,
  quarter: true,
  status: true,
  dueDate: true,
  answers: true,
  comment: true,
  officeComment: true,
  isFinal: true,
  finalResults: true,
  lessonsLearned: true,
  submittedAt: true,
  submittedById: true,
  reviewedAt: true,
  reviewedById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  intervention: {
    select: { federationId: true, kind: true, shortName: true, startDate: true, endDate: true },
  },
} as const satisfies Prisma.QuarterlyReportSelect;

export type TQuarterlyReportRow = Prisma.QuarterlyReportGetPayload<{
  select: typeof quarterlyReportSelect;
}>;

/**
 * The intervention's reports, oldest first. With `includeDrafts` false, DRAFT reports are left out
 * (a draft is visible only to the office and the intervention's own lead).
 */
export function listQuarterlyReports(
  db: TDbClient,
  interventionId: string,
  { includeDrafts }: { includeDrafts: boolean },
) {
  return db.quarterlyReport.findMany({
    where: { interventionId, ...(includeDrafts ? {} : { status: { not: 'DRAFT' } }) },
    select: quarterlyReportSelect,
    orderBy: [{ year: 'asc' }, { quarter: 'asc' }],
  });
}

export function findQuarterlyReport(db: TDbClient, id: string) {
  return db.quarterlyReport.findUnique({ where: { id }, select: quarterlyReportSelect });
}

/** The report's own columns as plain SQL reads and returns them (the same names and types). */
const REPORT_COLUMNS = (alias: string) =>
  Prisma.raw(
    [
      'id',
      'interventionId',
      'year',
      'quarter',
      'dueDate',
      'answers',
      'comment',
      'officeComment',
      'isFinal',
      'finalResults',
      'lessonsLearned',
      'submittedAt',
      'submittedById',
      'reviewedAt',
      'reviewedById',
      'version',
      'createdAt',
      'updatedAt',
    ]
      .map((column) => `${alias}."${column}"`)
      .concat(`${alias}."status"::text AS "status"`)
      .join(', '),
  );

type TReportColumns = Omit<TQuarterlyReportRow, 'intervention'>;

interface TReportForChangeRow extends TReportColumns {
  federationId: string;
  kind: TQuarterlyReportRow['intervention']['kind'];
  shortName: string;
  startDate: Date;
  endDate: Date;
  goals: { id: string; text: string }[];
  questionSet: { year: number; questions: Prisma.JsonValue } | null;
  actors: { id: string; name: string }[];
}

/**
 * A report about to change, with everything its checks and its answer need, in one statement
 * (decision 018): the row, its intervention (förbund, kind, name, period) and goals (the report
 * asks Tabell 2 per goal, in register order), its year's question set (or the newest earlier
 * one) and the names of its submitter and reviewer. Through the query builder these were three
 * or four calls of ~1–2 ms of CPU each (issue 16: saves under 20 users).
 */
export async function findQuarterlyReportForChange(db: TDbClient, id: string) {
  const [row] = await queryRows<TReportForChangeRow>(
    db,
    Prisma.sql`
    SELECT ${REPORT_COLUMNS('r')},
           i."federationId", i."kind"::text AS "kind", i."shortName", i."startDate", i."endDate",
           (SELECT coalesce(json_agg(json_build_object('id', g."id", 'text', g."text")
                                     ORDER BY g."sortOrder", g."id"), '[]')
            FROM "Goal" g WHERE g."interventionId" = r."interventionId") AS "goals",
           (SELECT json_build_object('year', s."year", 'questions', s."questions")
            FROM "ReportQuestionSet" s
            WHERE s."federationId" = i."federationId" AND s."year" <= r."year"
            ORDER BY s."year" DESC LIMIT 1) AS "questionSet",
           (SELECT coalesce(json_agg(json_build_object('id', u."id", 'name', u."name")), '[]')
            FROM "User" u WHERE u."id" IN (r."submittedById", r."reviewedById")) AS "actors"
    FROM "QuarterlyReport" r
    JOIN "Intervention" i ON i."id" = r."interventionId"
    WHERE r."id" = ${id}`,
  );
  if (!row) return null;
  const {
    federationId,
    kind,
    shortName,
    startDate,
    endDate,
    goals,
    questionSet,
    actors,
    ...report
  } = row;
  return {
    report: {
      ...report,
      intervention: { federationId, kind, shortName, startDate, endDate, goals },
    },
    questionSet,
    actors: new Map(actors.map((actor) => [actor.id, actor])),
  };
}

export type TQuarterlyReportForChange = NonNullable<
  Awaited<ReturnType<typeof findQuarterlyReportForChange>>
>['report'];

export function findQuarterlyReportFor(
  db: TDbClient,
  interventionId: string,
  year: number,
  quarter: number,
) {
  return db.quarterlyReport.findUnique({
    where: { interventionId_year_quarter: { interventionId, year, quarter } },
    select: { id: true },
  });
}

export function createQuarterlyReport(
  tx: TTx,
  data: { interventionId: string; year: number; quarter: number; dueDate: Date; isFinal?: boolean },
) {
  return tx.quarterlyReport.create({
    data: { ...data, status: 'DRAFT', answers: {} },
    select: quarterlyReportSelect,
  });
}

/** The columns a state change or a save may set (the others stay as they are). */
export interface TQuarterlyReportChange {
  status?: TReportStatus;
  answers?: Prisma.InputJsonObject;
  comment?: string | null;
  officeComment?: string | null;
  finalResults?: string | null;
  lessonsLearned?: string | null;
  submittedAt?: Date | null;
  submittedById?: string | null;
  reviewedAt?: Date | null;
  reviewedById?: string | null;
}

/**
 * A timestamp(3) parameter from a Date, as UTC: a text literal read as `timestamp` ignores the
 * zone, so the value does not depend on the session's TimeZone (Prisma stores UTC too).
 */
const timestamp = (date: Date | null) =>
  date === null ? Prisma.sql`NULL` : Prisma.sql`${date.toISOString()}::timestamp(3)`;

function setClauses(change: TQuarterlyReportChange, updatedAt: Date) {
  const sets: Prisma.Sql[] = [];
  const set = (column: string, value: Prisma.Sql) =>
    sets.push(Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`);
  if (change.status !== undefined) set('status', Prisma.sql`${change.status}::"ReportStatus"`);
  if (change.answers !== undefined)
    set('answers', Prisma.sql`${JSON.stringify(change.answers)}::jsonb`);
  for (const column of [
    'comment',
    'officeComment',
    'finalResults',
    'lessonsLearned',
    'submittedById',
    'reviewedById',
  ] as const) {
    if (change[column] !== undefined) set(column, Prisma.sql`${change[column]}`);
  }
  if (change.submittedAt !== undefined) set('submittedAt', timestamp(change.submittedAt));
  if (change.reviewedAt !== undefined) set('reviewedAt', timestamp(change.reviewedAt));
  set('version', Prisma.sql`r."version" + 1`);
  // What Prisma's @updatedAt does: the time of the write, set by the client.
  set('updatedAt', timestamp(updatedAt));
  return Prisma.join(sets, ', ');
}

/**
 * Applies `change` only if the report is still at `version`, in one of `statuses` and in the
 * förbund `federationId` (the scope check, in the same statement as the write), bumps the
 * version, and writes its audit entry and notices — one statement (decision 018): its parts
 * commit together or not at all, and a report that changed in between (another tab, the office)
 * matches nothing, so nothing is written and nothing overwritten. Returns the report's columns
 * as written, or null: someone else got there first.
 */
export async function applyQuarterlyReportChange(
  db: TPrismaClient,
  where: { id: string; version: number; statuses: readonly TReportStatus[]; federationId: string },
  change: TQuarterlyReportChange,
  effects: { audit: TAuditInput; notices: TNewNotice[] },
) {
  const now = new Date();
  const [row] = await queryRows<TReportColumns>(
    db,
    Prisma.sql`
    WITH "updated" AS (
      UPDATE "QuarterlyReport" r SET ${setClauses(change, now)}
      WHERE r."id" = ${where.id} AND r."version" = ${where.version}
        AND r."status"::text IN (${Prisma.join([...where.statuses])})
        AND EXISTS (SELECT 1 FROM "Intervention" i
                    WHERE i."id" = r."interventionId" AND i."federationId" = ${where.federationId})
      RETURNING ${REPORT_COLUMNS('r')}
    ), "audit" AS (
      INSERT INTO "AuditEntry" (${AUDIT_ENTRY_COLUMNS})
      SELECT ${auditEntryValues(effects.audit, now)} FROM "updated"
    )${noticeInserts(effects.notices, Prisma.sql`EXISTS (SELECT 1 FROM "updated")`)}
    SELECT * FROM "updated"`,
  );
  return row ?? null;
}

/** The intervention's newest report before `year`/`quarter` (last quarter's answers as a start). */
export function findPreviousQuarterlyReport(
  db: TDbClient,
  interventionId: string,
  year: number,
  quarter: number,
) {
  return db.quarterlyReport.findFirst({
    where: {
      interventionId,
      OR: [{ year: { lt: year } }, { year, quarter: { lt: quarter } }],
    },
    orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
    select: quarterlyReportSelect,
  });
}

/** The question set of `year`, or the newest earlier one (the question set is data per year). */
export function findQuestionSetFor(db: TDbClient, federationId: string, year: number) {
  return db.reportQuestionSet.findFirst({
    where: { federationId, year: { lte: year } },
    orderBy: { year: 'desc' },
    select: { year: true, questions: true },
  });
}

/** The intervention's goals (mål) in register order: the report asks Tabell 2 per goal. */
export function listReportGoals(db: TDbClient, interventionId: string) {
  return db.goal.findMany({
    where: { interventionId },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, text: true },
  });
}
