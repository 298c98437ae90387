import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

/*
 * The PM's own reads and writes (decision 009): the report answers behind the goal status, the
 * slutrapporter, the year's question set, the office's edited texts and the frozen publications.
 * Every query is scoped by the förbund.
 */

/** The reports behind the PM's goal status (ids from Överblick), answers and comment only. */
export function listPmReports(db: TDbClient, federationId: string, reportIds: string[]) {
  return db.quarterlyReport.findMany({
    where: { id: { in: reportIds }, intervention: { federationId } },
    select: { id: true, interventionId: true, answers: true, comment: true },
  });
}

/** Submitted or approved slutrapporter of the given interventions. */
export function listPmFinalReports(db: TDbClient, federationId: string, interventionIds: string[]) {
  return db.quarterlyReport.findMany({
    where: {
      interventionId: { in: interventionIds },
      intervention: { federationId },
      isFinal: true,
      status: { in: ['SUBMITTED', 'APPROVED'] },
    },
    select: { interventionId: true, finalResults: true, lessonsLearned: true },
  });
}

export function findPmQuestionSet(db: TDbClient, federationId: string, year: number) {
  return db.reportQuestionSet.findUnique({
    where: { federationId_year: { federationId, year } },
    select: { questions: true },
  });
}

export function findPmText(db: TDbClient, federationId: string, period: string) {
  return db.pmText.findUnique({
    where: { federationId_period: { federationId, period } },
    select: { id: true, texts: true, version: true },
  });
}

export function createPmText(
  tx: TTx,
  federationId: string,
  period: string,
  texts: Prisma.InputJsonValue,
  userId: string,
) {
  return tx.pmText.create({
    data: { federationId, period, texts, version: 1, updatedById: userId },
    select: { id: true, texts: true, version: true },
  });
}

/** Writes the texts only if `version` is still the stored one; 0 rows: a stale write. */
export function updatePmText(
  tx: TTx,
  id: string,
  version: number,
  texts: Prisma.InputJsonValue,
  userId: string,
) {
  return tx.pmText.updateMany({
    where: { id, version },
    data: { texts, version: { increment: 1 }, updatedById: userId },
  });
}

const SUMMARY = {
  id: true,
  period: true,
  version: true,
  publishedAt: true,
  publishedBy: true,
  document: true,
} as const;

/** Published PMs of the förbund (optionally one period), newest period and version first. */
export function listPmPublications(db: TDbClient, federationId: string, period?: string) {
  return db.pmPublication.findMany({
    where: { federationId, ...(period === undefined ? {} : { period }) },
    orderBy: [{ period: 'desc' }, { version: 'desc' }],
    select: SUMMARY,
  });
}

export function findPmPublication(
  db: TDbClient,
  federationId: string,
  period: string,
  version?: number,
) {
  return db.pmPublication.findFirst({
    where: { federationId, period, ...(version === undefined ? {} : { version }) },
    orderBy: { version: 'desc' },
    select: SUMMARY,
  });
}

export function createPmPublication(
  tx: TTx,
  data: {
    federationId: string;
    period: string;
    version: number;
    publishedById: string;
    publishedBy: string;
    document: Prisma.InputJsonValue;
  },
) {
  return tx.pmPublication.create({ data, select: SUMMARY });
}
