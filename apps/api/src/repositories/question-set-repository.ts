import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

const questionSetSelect = {
  id: true,
  year: true,
  questions: true,
  source: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.ReportQuestionSetSelect;

/** The years that have a question set of their own, oldest first. */
export function listQuestionSets(db: TDbClient, federationId: string) {
  return db.reportQuestionSet.findMany({
    where: { federationId },
    select: { year: true, questions: true },
    orderBy: { year: 'asc' },
  });
}

/** Exactly `year`'s set (not an earlier one). */
export function findQuestionSet(db: TDbClient, federationId: string, year: number) {
  return db.reportQuestionSet.findUnique({
    where: { federationId_year: { federationId, year } },
    select: questionSetSelect,
  });
}

export function createQuestionSet(
  tx: TTx,
  data: {
    federationId: string;
    year: number;
    questions: Prisma.InputJsonValue;
    source: string;
    updatedById: string;
  },
) {
  return tx.reportQuestionSet.create({ data, select: questionSetSelect });
}

/** Replaces the questions only at `version`; returns how many rows changed (0 = stale). */
export async function updateQuestionSetIf(
  tx: TTx,
  where: { federationId: string; year: number; version: number },
  data: { questions: Prisma.InputJsonValue; updatedById: string },
): Promise<number> {
  const result = await tx.reportQuestionSet.updateMany({
    where,
    data: { ...data, version: { increment: 1 } },
  });
  return result.count;
}

/** Whether any report of the förbund's `year` has left DRAFT (its questions are then in use). */
export async function hasSubmittedReportsOfYear(db: TDbClient, federationId: string, year: number) {
  const count = await db.quarterlyReport.count({
    where: { year, status: { not: 'DRAFT' }, intervention: { federationId } },
  });
  return count > 0;
}
