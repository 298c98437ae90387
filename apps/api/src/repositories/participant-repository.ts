import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

/**
 * Every participant count, end reason and saved-period row of one intervention. An intervention
 * has a few hundred rows at most (periods × measures × K/M), so periods are assembled in memory.
 */
export async function loadParticipantData(db: TDbClient, interventionId: string) {
  // One after another: inside a transaction all queries share one connection.
  const figures = await db.participantFigure.findMany({
    where: { interventionId },
    select: { period: true, measure: true, gender: true, count: true },
  });
  const endReasons = await db.endReasonFigure.findMany({
    where: { interventionId },
    select: { period: true, reason: true, gender: true, count: true },
  });
  const reports = await db.participantReport.findMany({
    where: { interventionId },
    select: { id: true, period: true, version: true, updatedAt: true, updatedById: true },
  });
  return { figures, endReasons, reports };
}

export type TParticipantData = Awaited<ReturnType<typeof loadParticipantData>>;

export function findParticipantReport(tx: TTx, interventionId: string, period: string) {
  return tx.participantReport.findUnique({
    where: { interventionId_period: { interventionId, period } },
    select: { id: true, version: true },
  });
}

/** The first save of a period through the API: its version becomes 1. */
export function createParticipantReport(
  tx: TTx,
  data: { interventionId: string; period: string; updatedById: string },
) {
  return tx.participantReport.create({ data: { ...data, version: 1 }, select: { id: true } });
}

/** Bumps the period's version only if it is still `version`; 0 rows changed = a stale version. */
export async function bumpParticipantReportIf(
  tx: TTx,
  where: { id: string; version: number },
  updatedById: string,
): Promise<number> {
  const result = await tx.participantReport.updateMany({
    where,
    data: { version: { increment: 1 }, updatedById },
  });
  return result.count;
}

/** Replaces the period's counts and end reasons with the given rows. */
export async function replaceParticipantFigures(
  tx: TTx,
  interventionId: string,
  period: string,
  figures: Omit<Prisma.ParticipantFigureCreateManyInput, 'interventionId' | 'period'>[],
  endReasons: Omit<Prisma.EndReasonFigureCreateManyInput, 'interventionId' | 'period'>[],
) {
  await tx.participantFigure.deleteMany({ where: { interventionId, period } });
  await tx.endReasonFigure.deleteMany({ where: { interventionId, period } });
  await tx.participantFigure.createMany({
    data: figures.map((row) => ({ ...row, interventionId, period })),
  });
  await tx.endReasonFigure.createMany({
    data: endReasons.map((row) => ({ ...row, interventionId, period })),
  });
}
