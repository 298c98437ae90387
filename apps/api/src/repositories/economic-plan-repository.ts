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

/** The newest plan of the förbund with a column for `year` (dated on or before `asOf`, if given). */
export function findNewestPlanForYear(
  db: TDbClient,
  federationId: string,
  year: number,
  asOf?: Date,
) {
  return db.economicPlan.findFirst({
    where: {
      federationId,
      columns: { some: { year } },
      ...(asOf ? { asOfDate: { lte: asOf } } : {}),
    },
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

/** The förbund's newest plan (any years), for "a new plan starts from the last one". */
export function findNewestPlan(db: TDbClient, federationId: string) {
  return db.economicPlan.findFirst({
    where: { federationId },
    select: { id: true, asOfDate: true },
    orderBy: [{ asOfDate: 'desc' }, { key: 'desc' }],
  });
}

export async function planKeyExists(db: TDbClient, federationId: string, key: string) {
  return (await db.economicPlan.count({ where: { federationId, key } })) > 0;
}

export interface TNewPlanData {
  federationId: string;
  key: string;
  title: string;
  asOfDate: Date;
  openingSurplusKronor: number;
  openingSurplusNote: string | null;
  reserveFundKronor: number | null;
  source: string;
  columns: {
    key: string;
    year: number;
    kind: TPlanRow['columns'][number]['kind'];
    label: string;
  }[];
  lines: {
    category: TPlanRow['lines'][number]['category'];
    label: string;
    interventionId: string | null;
    ownerLabel: string | null;
    /** Column key → kronor. */
    amounts: Record<string, number>;
  }[];
}

/** Creates a whole plan (columns, lines, amounts) in the transaction; returns its id. */
export async function createPlan(tx: TTx, data: TNewPlanData): Promise<string> {
  const plan = await tx.economicPlan.create({
    data: {
      federationId: data.federationId,
      key: data.key,
      title: data.title,
      asOfDate: data.asOfDate,
      openingSurplusKronor: data.openingSurplusKronor,
      openingSurplusNote: data.openingSurplusNote,
      reserveFundKronor: data.reserveFundKronor,
      source: data.source,
      columns: {
        create: data.columns.map((column, sortOrder) => ({ ...column, sortOrder })),
      },
    },
    select: { id: true, columns: { select: { id: true, key: true } } },
  });
  const columnIds = new Map(plan.columns.map((c) => [c.key, c.id]));
  for (const [sortOrder, line] of data.lines.entries()) {
    await tx.planLine.create({
      data: {
        planId: plan.id,
        category: line.category,
        label: line.label,
        interventionId: line.interventionId,
        ownerLabel: line.ownerLabel,
        sortOrder,
        amounts: {
          create: Object.entries(line.amounts).map(([key, amountKronor]) => ({
            columnId: columnIds.get(key)!,
            amountKronor,
          })),
        },
      },
      select: { id: true },
    });
  }
  return plan.id;
}

export async function planBelongsTo(db: TDbClient, id: string, federationId: string) {
  return (await db.economicPlan.count({ where: { id, federationId } })) > 0;
}
