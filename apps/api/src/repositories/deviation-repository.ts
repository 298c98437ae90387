import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

/** Everything a deviation DTO and its access check need, with its history and budget changes. */
export const deviationSelect = {
  id: true,
  interventionId: true,
  kind: true,
  status: true,
  description: true,
  requestedEffect: true,
  decisionReason: true,
  decidedById: true,
  decidedAt: true,
  appliedEffect: true,
  submittedById: true,
  submittedAt: true,
  version: true,
  intervention: { select: { federationId: true, shortName: true } },
  events: {
    select: { status: true, userId: true, at: true, comment: true },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  },
  adjustments: {
    select: { amountKronor: true, kind: true, date: true, budget: { select: { year: true } } },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  },
} as const satisfies Prisma.DeviationSelect;

export type TDeviationRow = Prisma.DeviationGetPayload<{ select: typeof deviationSelect }>;

export function listDeviations(db: TDbClient, interventionId: string) {
  return db.deviation.findMany({
    where: { interventionId },
    select: deviationSelect,
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
  });
}

export function findDeviation(db: TDbClient, id: string) {
  return db.deviation.findUnique({ where: { id }, select: deviationSelect });
}

export function createDeviation(
  tx: TTx,
  data: {
    interventionId: string;
    kind: Prisma.DeviationCreateManyInput['kind'];
    description: string;
    /** Plain JSON: the validated effect object. */
    requestedEffect: object;
    submittedById: string;
    submittedAt: Date;
  },
) {
  return tx.deviation.create({
    data: {
      ...data,
      requestedEffect: data.requestedEffect as Prisma.InputJsonValue,
      status: 'SUBMITTED',
    },
    select: { id: true },
  });
}

/** Applies `change` only at `version` and in one of `statuses`, bumping the version; 0 = stale. */
export async function updateDeviationIf(
  tx: TTx,
  where: { id: string; version: number; statuses: Prisma.EnumDeviationStatusFilter['in'] },
  change: Pick<
    Prisma.DeviationUpdateManyMutationInput,
    'status' | 'decisionReason' | 'decidedAt' | 'decidedById'
  >,
): Promise<number> {
  const result = await tx.deviation.updateMany({
    where: { id: where.id, version: where.version, status: { in: where.statuses } },
    data: { ...change, version: { increment: 1 } },
  });
  return result.count;
}

/** One step of the deviation's history: who, when, which state, with what comment. */
export function addDeviationEvent(
  tx: TTx,
  data: {
    deviationId: string;
    status: Prisma.DeviationEventCreateManyInput['status'];
    userId: string;
    at: Date;
    comment: string | null;
  },
) {
  return tx.deviationEvent.create({ data, select: { id: true } });
}
