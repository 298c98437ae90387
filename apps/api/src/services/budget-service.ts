import type { TPrismaClient } from '@finsam/db';
import { computeAdjustedBudget } from '@finsam/domain';
import type {
  TAnnualBudget,
  TAnnualBudgetList,
  TAnnualBudgetPutInput,
  TBudgetAdjustmentCreateInput,
  TSessionUser,
} from '@finsam/domain';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createBudget,
  createBudgetAdjustment,
  findBudget,
  findInterventionPeriod,
  listBudgets,
  listGrants,
  updateBudgetIfVersion,
} from '../repositories/budget-repository.ts';
import type { TBudgetRow } from '../repositories/budget-repository.ts';
import { inTransaction } from '../repositories/transaction.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import { assertInterventionAccess } from './access-service.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';

function toAnnualBudget(row: TBudgetRow, grants: Map<number, number>): TAnnualBudget {
  const adjustments = row.adjustments.map((a) => ({ ...a, date: toIsoDate(a.date) }));
  return {
    id: row.id,
    interventionId: row.interventionId,
    year: row.year,
    originalKronor: row.amountKronor,
    adjustments,
    adjustedKronor: computeAdjustedBudget(row.amountKronor, adjustments),
    grantedKronor: grants.get(row.year) ?? null,
    source: row.source,
    version: row.version,
  };
}

async function grantsByYear(db: TDbClient, interventionId: string): Promise<Map<number, number>> {
  return new Map((await listGrants(db, interventionId)).map((g) => [g.year, g.amountKronor]));
}

async function loadBudget(
  db: TDbClient,
  interventionId: string,
  year: number,
): Promise<TAnnualBudget | null> {
  const row = await findBudget(db, interventionId, year);
  return row ? toAnnualBudget(row, await grantsByYear(db, interventionId)) : null;
}

const noBudget = (year: number) => new NotFoundError(`Insatsen har ingen budget för ${year}.`);
const versionRequired = () =>
  new ValidationError([
    { path: 'body.version', message: 'Ange versionen du utgick från: budgeten finns redan.' },
  ]);
const budgetGone = () =>
  new ConflictError('Budgeten du utgick från finns inte längre. Ladda om och försök igen.');

/**
 * A budget belongs to a year of the intervention's period (insatsperiod): a year before its start
 * or after its end is refused (400 on `params.year`), e.g. 2099 on 2022–2024. The period's years
 * count in full: an intervention from 2023-08-01 has a 2023 budget. A period extended by an
 * approved deviation moves its end date first, so the new years are then inside.
 */
async function assertYearInPeriod(db: TDbClient, interventionId: string, year: number) {
  const period = await findInterventionPeriod(db, interventionId);
  if (!period) throw new NotFoundError();
  const from = period.startDate.getUTCFullYear();
  const to = period.endDate.getUTCFullYear();
  if (year < from || year > to) {
    throw new ValidationError([
      {
        path: 'params.year',
        message: `${year} ligger utanför insatsens period (${from}–${to}). Välj ett år inom perioden.`,
      },
    ]);
  }
}

/** GET /interventions/:id/budgets: every year with original and adjusted budget (money: all readers). */
export async function listInterventionBudgets(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
): Promise<TAnnualBudgetList> {
  await assertInterventionAccess(prisma, user, interventionId, 'summary');
  const grants = await grantsByYear(prisma, interventionId);
  const rows = await listBudgets(prisma, interventionId);
  return { interventionId, budgets: rows.map((row) => toAnnualBudget(row, grants)) };
}

export async function getInterventionBudget(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  year: number,
): Promise<TAnnualBudget> {
  await assertInterventionAccess(prisma, user, interventionId, 'summary');
  const budget = await loadBudget(prisma, interventionId, year);
  if (!budget) throw noBudget(year);
  return budget;
}

/**
 * PUT /interventions/:id/budgets/:year (kansli): sets the adopted amount. Creates the year's budget
 * when there is none (`created`), otherwise changes it if `version` still matches.
 */
export async function putInterventionBudget(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  year: number,
  input: TAnnualBudgetPutInput,
): Promise<{ budget: TAnnualBudget; created: boolean }> {
  await assertInterventionAccess(prisma, user, interventionId, 'manage');
  await assertYearInPeriod(prisma, interventionId, year);
  return inTransaction(prisma, async (tx) => {
    const before = await loadBudget(tx, interventionId, year);
    if (!before) {
      if (input.version !== undefined) throw budgetGone();
      const { id } = await createBudget(tx, {
        interventionId,
        year,
        amountKronor: input.amountKronor,
        source: input.source ?? '',
      });
      const after = (await loadBudget(tx, interventionId, year))!;
      await recordAudit(tx, {
        user,
        action: 'create',
        entity: 'AnnualBudget',
        entityId: id,
        after,
      });
      return { budget: after, created: true };
    }
    if (input.version === undefined) throw versionRequired();
    const changed = await updateBudgetIfVersion(tx, before.id, input.version, {
      amountKronor: input.amountKronor,
      ...(input.source !== undefined ? { source: input.source } : {}),
    });
    if (changed === 0) throw new ConflictError();
    const after = (await loadBudget(tx, interventionId, year))!;
    await recordAudit(tx, {
      user,
      action: 'update',
      entity: 'AnnualBudget',
      entityId: before.id,
      before,
      after,
    });
    return { budget: after, created: false };
  });
}

/**
 * POST /interventions/:id/budgets/:year/adjustments (kansli): a dated, sourced change of the
 * year's budget. A year without a budget gets one at 0 kr first (money granted after adoption).
 */
export async function addBudgetAdjustment(
  prisma: TPrismaClient,
  user: TSessionUser,
  interventionId: string,
  year: number,
  input: TBudgetAdjustmentCreateInput,
): Promise<TAnnualBudget> {
  await assertInterventionAccess(prisma, user, interventionId, 'manage');
  await assertYearInPeriod(prisma, interventionId, year);
  return inTransaction(prisma, async (tx) => {
    let before = await loadBudget(tx, interventionId, year);
    let budgetId: string;
    if (!before) {
      if (input.version !== undefined) throw budgetGone();
      budgetId = (await createBudget(tx, { interventionId, year, amountKronor: 0, source: '' })).id;
      before = null;
    } else {
      if (input.version === undefined) throw versionRequired();
      // The adjusted budget changes, so the year's budget gets a new version.
      if ((await updateBudgetIfVersion(tx, before.id, input.version, {})) === 0)
        throw new ConflictError();
      budgetId = before.id;
    }
    await createBudgetAdjustment(tx, {
      budgetId,
      amountKronor: input.amountKronor,
      kind: input.kind,
      date: fromIsoDate(input.date),
      note: input.note,
      source: input.source ?? '',
    });
    const after = (await loadBudget(tx, interventionId, year))!;
    await recordAudit(tx, {
      user,
      action: 'adjust',
      entity: 'AnnualBudget',
      entityId: budgetId,
      ...(before ? { before } : {}),
      after,
    });
    return after;
  });
}
