import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

const planSummarySelect = {
  id: true,
  key: true,
  title: true,
  asOfDate: true,
  version: true,
  columns: { select: { year: true } },
} as const satisfies Prisma.EconomicPlanSelect;

const planSelect = {
  id: true,
  key: true,
  title: true,
  asOfDate: true,
  version: true,
  openingSurplusKronor: true,
  openingSurplusNote: true,
  reserveFundKronor: true,
  printed: true,
  source: true,
  columns: {
    select: { id: true, key: true, year: true, kind: true, label: true },
    orderBy: { sortOrder: 'asc' },
  },
  lines: {
    select: {
      id: true,
      category: true,
      label: true,
      interventionId: true,
      ownerLabel: true,
      amounts: { select: { amountKronor: true, column: { select: { key: true } } } },
    },
    orderBy: { sortOrder: 'asc' },
  },
} as const satisfies Prisma.EconomicPlanSelect;

export type TPlanRow = Prisma.EconomicPlanGetPayload<{ select: typeof planSelect }>;

/** The förbund's plans, newest first. */
export function listPlans(db: TDbClient, federationId: string) {
  return db.economicPlan.findMany({
    where: { federationId },
    select: planSummarySelect,
    orderBy: [{ asOfDate: 'desc' }, { key: 'desc' }],
  });
}

/** The newest plan of the förbund with a column for `year`. */
export function findNewestPlanForYear(db: TDbClient, federationId: string, year: number) {
  return db.economicPlan.findFirst({
    where: { federationId, columns: { some: { year } } },
    select: planSelect,
    orderBy: [{ asOfDate: 'desc' }, { key: 'desc' }],
  });
}

export function findPlan(db: TDbClient, id: string) {
  return db.economicPlan.findUnique({ where: { id }, select: planSelect });
}

/** Bumps the plan's version if it still has `version`; 0 = stale. */
export async function bumpPlanVersion(tx: TTx, id: string, version: number): Promise<number> {
  const result = await tx.economicPlan.updateMany({
    where: { id, version },
    data: { version: { increment: 1 } },
  });
  return result.count;
}

export function setPlanAmount(tx: TTx, lineId: string, columnId: string, amountKronor: number) {
  return tx.planAmount.upsert({
    where: { lineId_columnId: { lineId, columnId } },
    create: { lineId, columnId, amountKronor },
    update: { amountKronor },
    select: { lineId: true },
  });
}

export function clearPlanAmount(tx: TTx, lineId: string, columnId: string) {
  return tx.planAmount.deleteMany({ where: { lineId, columnId } });
}
