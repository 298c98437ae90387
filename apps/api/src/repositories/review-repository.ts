import type { Prisma } from '@finsam/db';
import { deviationSelect } from './deviation-repository.ts';
import { quarterlyReportSelect } from './quarterly-report-repository.ts';
import type { TDbClient } from './transaction.ts';

/**
 * The förbund's interventions that send kvartalsrapporter: granted and running or ended (an
 * application or a rejected one is never expected to report), individ-, struktur- and
 * förstudieinsatser. The förbund's own cooperation lines (ekonom, verksamhetsutvecklare,
 * kompetenshöjande insatser) have a budget but no steering group report: the 2024 PM counts
 * twelve interventions in the half-year, not fifteen.
 */
export function listReportingInterventions(db: TDbClient, federationId: string) {
  return db.intervention.findMany({
    where: {
      federationId,
      status: { in: ['GRANTED', 'ONGOING', 'ENDED'] },
      kind: { not: 'OTHER_COOPERATION' },
    },
    select: { id: true, key: true, shortName: true, startDate: true, endDate: true },
    orderBy: { shortName: 'asc' },
  });
}

/** Status and dates of every report of the förbund in `years` (for rates and overdue lines). */
export function listReportStates(
  db: TDbClient,
  federationId: string,
  years: { gte: number; lte: number },
) {
  return db.quarterlyReport.findMany({
    where: { intervention: { federationId }, year: years },
    select: {
      id: true,
      interventionId: true,
      year: true,
      quarter: true,
      status: true,
      submittedAt: true,
    },
  });
}

/** The förbund's inskickade reports, waiting for the office, with what their DTO needs. */
export function listSubmittedReports(db: TDbClient, federationId: string) {
  return db.quarterlyReport.findMany({
    where: { intervention: { federationId }, status: 'SUBMITTED' },
    select: quarterlyReportSelect,
    orderBy: [{ dueDate: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }],
  });
}

/** The förbund's open deviations (inskickad, under granskning), oldest first. */
export function listOpenDeviations(db: TDbClient, federationId: string) {
  return db.deviation.findMany({
    where: { intervention: { federationId }, status: { in: ['SUBMITTED', 'UNDER_REVIEW'] } },
    select: deviationSelect,
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  });
}

/** The ids of an intervention's reports and deviations, with what names them in a history. */
export async function findHistorySubjects(db: TDbClient, interventionId: string) {
  // One after another: PGlite answers one query at a time anyway.
  const intervention = await db.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: { shortName: true },
  });
  const reports = await db.quarterlyReport.findMany({
    where: { interventionId },
    select: { id: true, year: true, quarter: true },
  });
  const deviations = await db.deviation.findMany({
    where: { interventionId },
    select: { id: true, kind: true },
  });
  return { name: intervention.shortName, reports, deviations };
}

/** Every audit entry about the given entities, newest first. */
export function listAuditEntriesOf(
  db: TDbClient,
  federationId: string,
  subjects: { entity: string; ids: string[] }[],
) {
  const or: Prisma.AuditEntryWhereInput[] = subjects
    .filter((subject) => subject.ids.length > 0)
    .map((subject) => ({ entity: subject.entity, entityId: { in: subject.ids } }));
  if (or.length === 0) return Promise.resolve([]);
  return db.auditEntry.findMany({
    where: { federationId, OR: or },
    select: {
      id: true,
      at: true,
      userId: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  });
}

/** The förbund's reports of one year with their answers (Tabell 5, kvalitetssäkring). */
export function listReportAnswersOfYear(db: TDbClient, federationId: string, year: number) {
  return db.quarterlyReport.findMany({
    where: { intervention: { federationId }, year },
    select: { interventionId: true, year: true, quarter: true, status: true, answers: true },
  });
}
