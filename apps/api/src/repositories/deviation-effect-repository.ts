import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

/**
 * The writes an approved deviation makes to the intervention's budget, period and expected
 * participants. They run inside the decision's transaction only.
 */

export function findInterventionPeriod(tx: TTx, id: string) {
  return tx.intervention.findUniqueOrThrow({
    where: { id },
    select: { id: true, startDate: true, endDate: true, version: true },
  });
}

/** The intervention's budget row for `year`, created at 0 kr when the year has none yet. */
export async function findOrCreateAnnualBudget(
  tx: TTx,
  interventionId: string,
  year: number,
  source: string,
) {
  const select = { id: true, year: true, amountKronor: true, version: true } as const;
  const existing = await tx.annualBudget.findUnique({
    where: { interventionId_year: { interventionId, year } },
    select,
  });
  if (existing) return { budget: existing, created: false };
  const budget = await tx.annualBudget.create({
    data: { interventionId, year, amountKronor: 0, source },
    select,
  });
  return { budget, created: true };
}

/** A dated, sourced change to a year's budget; the budget's version moves so stale edits conflict. */
export async function addBudgetAdjustment(
  tx: TTx,
  data: Omit<Prisma.BudgetAdjustmentCreateManyInput, 'id'>,
) {
  const adjustment = await tx.budgetAdjustment.create({
    data,
    select: {
      id: true,
      budgetId: true,
      amountKronor: true,
      kind: true,
      date: true,
      note: true,
      source: true,
    },
  });
  await tx.annualBudget.update({
    where: { id: data.budgetId },
    data: { version: { increment: 1 } },
    select: { id: true },
  });
  return adjustment;
}

export function updateInterventionPeriod(
  tx: TTx,
  id: string,
  data: { startDate?: Date; endDate?: Date },
) {
  return tx.intervention.update({
    where: { id },
    data: { ...data, version: { increment: 1 } },
    select: { id: true, startDate: true, endDate: true, version: true },
  });
}

/**
 * Adds an expected-participants row and bumps the intervention's version: the row is part of the
 * intervention, so an edit based on the older version must get 409 rather than overwrite it.
 */
export async function createExpectedParticipants(
  tx: TTx,
  data: Omit<Prisma.ExpectedParticipantsCreateManyInput, 'id'>,
) {
  await tx.intervention.update({
    where: { id: data.interventionId },
    data: { version: { increment: 1 } },
    select: { id: true },
  });
  return tx.expectedParticipants.create({
    data,
    select: { id: true, interventionId: true, count: true, kind: true, note: true, source: true },
  });
}

/**
 * What a deviation's effect is computed against: the intervention's period, each year's adopted
 * budget with its dated changes, and its expected participants.
 */
export function findEffectState(db: TDbClient, interventionId: string) {
  return db.intervention.findUniqueOrThrow({
    where: { id: interventionId },
    select: {
      startDate: true,
      endDate: true,
      budgets: {
        select: { year: true, amountKronor: true, adjustments: { select: { amountKronor: true } } },
        orderBy: { year: 'asc' },
      },
      expectedParticipants: {
        select: { id: true, count: true, kind: true },
        orderBy: { id: 'asc' },
      },
    },
  });
}

/** Stores what the approval changed, in the decision's transaction. */
export async function setAppliedEffect(tx: TTx, deviationId: string, changes: object[]) {
  await tx.deviation.update({
    where: { id: deviationId },
    data: { appliedEffect: changes as Prisma.InputJsonValue },
    select: { id: true },
  });
}
