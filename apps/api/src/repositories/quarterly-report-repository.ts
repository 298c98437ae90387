import type { Prisma } from '@finsam/db';
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
 * A report about to change: the row and its intervention's goals (the report asks Tabell 2 per
 * goal) in one query, so a save reads everything it checks before its transaction (decision 015).
 */
export const quarterlyReportForChangeSelect = {
  ...quarterlyReportSelect,
  intervention: {
    select: {
      ...quarterlyReportSelect.intervention.select,
      goals: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: { id: true, text: true },
      },
    },
  },
} as const satisfies Prisma.QuarterlyReportSelect;

export type TQuarterlyReportForChange = Prisma.QuarterlyReportGetPayload<{
  select: typeof quarterlyReportForChangeSelect;
}>;

/** The report's own columns as an UPDATE … RETURNING gives them (no relations). */
const quarterlyReportColumns = (({ intervention: _intervention, ...columns }) => columns)(
  quarterlyReportSelect,
);

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

export function findQuarterlyReportForChange(db: TDbClient, id: string) {
  return db.quarterlyReport.findUnique({ where: { id }, select: quarterlyReportForChangeSelect });
}

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

export type TQuarterlyReportChange = Pick<
  Prisma.QuarterlyReportUpdateManyMutationInput,
  | 'status'
  | 'answers'
  | 'comment'
  | 'officeComment'
  | 'finalResults'
  | 'lessonsLearned'
  | 'submittedAt'
  | 'submittedById'
  | 'reviewedAt'
  | 'reviewedById'
>;

/**
 * Applies `change` only if the report is still at `version`, in one of `statuses` and in the
 * förbund `federationId` (the scope check, in the same statement as the write), and bumps the
 * version. Returns the report's columns as written, or null: someone else got there first.
 */
export async function updateQuarterlyReportIf(
  tx: TTx,
  where: {
    id: string;
    version: number;
    statuses: Prisma.EnumReportStatusFilter['in'];
    federationId: string;
  },
  change: TQuarterlyReportChange,
) {
  const [row] = await tx.quarterlyReport.updateManyAndReturn({
    where: {
      id: where.id,
      version: where.version,
      status: { in: where.statuses },
      intervention: { federationId: where.federationId },
    },
    data: { ...change, version: { increment: 1 } },
    select: quarterlyReportColumns,
  });
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
