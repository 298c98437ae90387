import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

const outcomeSelect = {
  id: true,
  interventionId: true,
  period: true,
  year: true,
  startMonth: true,
  endMonth: true,
  amountKronor: true,
  estimated: true,
  note: true,
  source: true,
  version: true,
} as const satisfies Prisma.OutcomeSelect;

export function listOutcomes(db: TDbClient, interventionId: string) {
  return db.outcome.findMany({
    where: { interventionId },
    select: outcomeSelect,
    orderBy: [{ year: 'asc' }, { startMonth: 'asc' }, { endMonth: 'desc' }],
  });
}

export function findOutcome(db: TDbClient, id: string) {
  return db.outcome.findUnique({ where: { id }, select: outcomeSelect });
}

/** Which förbund an outcome belongs to (through its intervention), for access checks. */
export function findOutcomeScope(db: TDbClient, id: string) {
  return db.outcome.findUnique({
    where: { id },
    select: { id: true, interventionId: true, intervention: { select: { federationId: true } } },
  });
}

export function findOutcomeForPeriod(db: TDbClient, interventionId: string, period: string) {
  return db.outcome.findUnique({
    where: { interventionId_period: { interventionId, period } },
    select: { id: true },
  });
}

/** The intervention's budget period, to keep outcomes inside it. */
export function findInterventionPeriod(db: TDbClient, interventionId: string) {
  return db.intervention.findUnique({
    where: { id: interventionId },
    select: { startDate: true, endDate: true },
  });
}

export type TOutcomeData = Pick<
  Prisma.OutcomeUncheckedCreateInput,
  'period' | 'year' | 'startMonth' | 'endMonth' | 'amountKronor' | 'estimated' | 'note' | 'source'
>;

export function createOutcome(tx: TTx, data: TOutcomeData & { interventionId: string }) {
  return tx.outcome.create({ data, select: { id: true } });
}

/** Changes the outcome if it still has `version`; 0 = stale. */
export async function updateOutcomeIfVersion(
  tx: TTx,
  id: string,
  version: number,
  data: Partial<TOutcomeData>,
) {
  const result = await tx.outcome.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return result.count;
}

export async function deleteOutcomeIfVersion(tx: TTx, id: string, version: number) {
  const result = await tx.outcome.deleteMany({ where: { id, version } });
  return result.count;
}
