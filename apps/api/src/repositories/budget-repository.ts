import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

const budgetSelect = {
  id: true,
  interventionId: true,
  year: true,
  amountKronor: true,
  source: true,
  version: true,
  adjustments: {
    select: {
      id: true,
      amountKronor: true,
      kind: true,
      date: true,
      note: true,
      source: true,
      deviationId: true,
    },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  },
} as const satisfies Prisma.AnnualBudgetSelect;

export type TBudgetRow = Prisma.AnnualBudgetGetPayload<{ select: typeof budgetSelect }>;

export function listBudgets(db: TDbClient, interventionId: string) {
  return db.annualBudget.findMany({
    where: { interventionId },
    select: budgetSelect,
    orderBy: { year: 'asc' },
  });
}

export function findBudget(db: TDbClient, interventionId: string, year: number) {
  return db.annualBudget.findUnique({
    where: { interventionId_year: { interventionId, year } },
    select: budgetSelect,
  });
}

export function listGrants(db: TDbClient, interventionId: string) {
  return db.grant.findMany({
    where: { interventionId },
    select: { year: true, amountKronor: true },
  });
}

export function createBudget(
  tx: TTx,
  data: { interventionId: string; year: number; amountKronor: number; source: string },
) {
  return tx.annualBudget.create({ data, select: { id: true } });
}

/** Sets the adopted amount if the row still has `version`; 0 = stale. */
export async function updateBudgetIfVersion(
  tx: TTx,
  id: string,
  version: number,
  data: { amountKronor?: number; source?: string },
): Promise<number> {
  const result = await tx.annualBudget.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return result.count;
}

export function createBudgetAdjustment(
  tx: TTx,
  data: {
    budgetId: string;
    amountKronor: number;
    kind: Prisma.BudgetAdjustmentCreateManyInput['kind'];
    date: Date;
    note: string;
    source: string;
  },
) {
  return tx.budgetAdjustment.create({ data, select: { id: true } });
}

/** The intervention's period (insatsperiod), to keep budgets inside its years. */
export function findInterventionPeriod(db: TDbClient, interventionId: string) {
  return db.intervention.findUnique({
    where: { id: interventionId },
    select: { startDate: true, endDate: true },
  });
}
