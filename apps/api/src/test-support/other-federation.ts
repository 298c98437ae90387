import type { TTestApp } from './test-app.ts';

export interface TOtherFederation {
  federationId: string;
  memberId: string;
  interventionId: string;
  budgetId: string;
  outcomeId: string;
  planId: string;
  userId: string;
  auditEntryId: string;
}

/**
 * A second förbund with one of everything, written straight into the test database: no user of
 * the seeded förbund may ever see or change any of it (the API answers 404).
 */
export async function createOtherFederation(db: TTestApp['db']): Promise<TOtherFederation> {
  const prisma = db.prisma;
  const federation = await prisma.federation.create({
    data: { key: 'annat-forbund', name: 'Samordningsförbundet Annat län' },
    select: { id: true },
  });
  const federationId = federation.id;
  const member = await prisma.member.create({
    data: {
      federationId,
      key: 'annan-kommun',
      name: 'Annans kommun',
      shortName: 'Annan',
      kind: 'MUNICIPALITY',
    },
    select: { id: true },
  });
  const intervention = await prisma.intervention.create({
    data: {
      federationId,
      key: 'annan-insats',
      fullName: 'Annan insats i annat län',
      shortName: 'Annan insats',
      ownerId: member.id,
      kind: 'INDIVIDUAL',
      status: 'ONGOING',
      startDate: new Date('2024-01-01T00:00:00Z'),
      endDate: new Date('2026-12-31T00:00:00Z'),
      aliases: { create: [{ federationId, alias: 'Annan insats' }] },
    },
    select: { id: true },
  });
  const budget = await prisma.annualBudget.create({
    data: { interventionId: intervention.id, year: 2024, amountKronor: 500_000 },
    select: { id: true },
  });
  const outcome = await prisma.outcome.create({
    data: {
      interventionId: intervention.id,
      period: '2024H1',
      year: 2024,
      startMonth: 1,
      endMonth: 6,
      amountKronor: 200_000,
    },
    select: { id: true },
  });
  const plan = await prisma.economicPlan.create({
    data: {
      federationId,
      key: 'annan-plan-2031',
      title: 'Ekonomisk information (annat förbund)',
      asOfDate: new Date('2030-10-01T00:00:00Z'),
      openingSurplusKronor: 1_000_000,
      columns: {
        create: [
          { key: 'budget-2031', year: 2031, kind: 'BUDGET', label: 'Budget 2031', sortOrder: 0 },
        ],
      },
    },
    select: { id: true },
  });
  const user = await prisma.user.create({
    data: {
      federationId,
      email: 'kansli@annat.se',
      name: 'Annan Kansli',
      role: 'OFFICE',
      passwordHash: 'x',
    },
    select: { id: true },
  });
  const audit = await prisma.auditEntry.create({
    data: {
      federationId,
      userId: user.id,
      userEmail: 'kansli@annat.se',
      action: 'update',
      entity: 'Intervention',
      entityId: intervention.id,
      before: { shortName: 'Annan' },
      after: { shortName: 'Annan insats' },
    },
    select: { id: true },
  });
  return {
    federationId,
    memberId: member.id,
    interventionId: intervention.id,
    budgetId: budget.id,
    outcomeId: outcome.id,
    planId: plan.id,
    userId: user.id,
    auditEntryId: audit.id,
  };
}

/** The seeded intervention's id by its fixture key ('regexpro', 'en-vag-in-steget-vidare' …). */
export async function interventionId(db: TTestApp['db'], key: string): Promise<string> {
  const row = await db.prisma.intervention.findFirstOrThrow({
    where: { key, federation: { key: 'uppsala-lan' } },
    select: { id: true },
  });
  return row.id;
}

/** The newest audit entries of one entity, for asserting that a write was recorded. */
export function auditEntriesFor(db: TTestApp['db'], entity: string, entityId: string) {
  return db.prisma.auditEntry.findMany({
    where: { entity, entityId },
    orderBy: { at: 'desc' },
    select: { action: true, userEmail: true, before: true, after: true, at: true },
  });
}

/**
 * A year inside the intervention's period that has no budget yet (budgets outside the period are
 * refused), for tests that create one.
 */
export async function yearWithoutBudget(db: TTestApp['db'], interventionId: string) {
  const intervention = await db.prisma.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: { startDate: true, endDate: true, budgets: { select: { year: true } } },
  });
  const taken = new Set(intervention.budgets.map((b) => b.year));
  for (
    let y = intervention.startDate.getUTCFullYear();
    y <= intervention.endDate.getUTCFullYear();
    y++
  )
    if (!taken.has(y)) return y;
  throw new Error('every year of the period has a budget');
}
