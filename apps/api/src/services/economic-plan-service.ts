import type { TPrismaClient } from '@finsam/db';
import { computeBudgetHeadroom } from '@finsam/domain';
import type {
  TEconomicPlan,
  TEconomicPlanAmountsInput,
  TEconomicPlanCreateInput,
  TEconomicPlanList,
  TFieldError,
  TSessionUser,
} from '@finsam/domain';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  bumpPlanVersion,
  clearPlanAmount,
  createPlan,
  findNewestPlan,
  findNewestPlanForYear,
  findPlan,
  listPlans,
  planBelongsTo,
  planKeyExists,
  setPlanAmount,
} from '../repositories/economic-plan-repository.ts';
import { findInterventionInFederation } from '../repositories/intervention-repository.ts';
import type { TPlanRow } from '../repositories/economic-plan-repository.ts';
import { inTransaction } from '../repositories/transaction.ts';
import type { TTx } from '../repositories/transaction.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';

function yearsOf(columns: { year: number }[]): number[] {
  return [...new Set(columns.map((c) => c.year))].sort((a, b) => a - b);
}

/** The plan's lines with one cell per column (null where empty) and its beslutsutrymme per column. */
function toEconomicPlan(row: TPlanRow, year: number): TEconomicPlan {
  const lines = row.lines.map((line) => {
    const amounts: Record<string, number | null> = Object.fromEntries(
      row.columns.map((c) => [c.key, null]),
    );
    for (const cell of line.amounts) amounts[cell.column.key] = cell.amountKronor;
    return {
      id: line.id,
      category: line.category,
      label: line.label,
      interventionId: line.interventionId,
      ownerLabel: line.ownerLabel,
      amounts,
    };
  });
  const headroom = computeBudgetHeadroom({
    openingSurplusKronor: row.openingSurplusKronor,
    columns: row.columns,
    lines,
  });
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    asOfDate: toIsoDate(row.asOfDate),
    years: yearsOf(row.columns),
    version: row.version,
    year,
    openingSurplusKronor: row.openingSurplusKronor,
    openingSurplusNote: row.openingSurplusNote,
    reserveFundKronor: row.reserveFundKronor,
    source: row.source,
    columns: row.columns,
    lines,
    headroom,
    printed: (row.printed ?? null) as TEconomicPlan['printed'],
  };
}

/** GET /economic-plans: the förbund's plans, newest first. */
export async function listEconomicPlans(
  prisma: TPrismaClient,
  user: TSessionUser,
): Promise<TEconomicPlanList> {
  const rows = await listPlans(prisma, user.federationId);
  return {
    plans: rows.map((row) => ({
      id: row.id,
      key: row.key,
      title: row.title,
      asOfDate: toIsoDate(row.asOfDate),
      years: yearsOf(row.columns),
      version: row.version,
    })),
  };
}

const noPlan = (year: number) =>
  new NotFoundError(`Det finns ingen ekonomisk plan som omfattar ${year}.`);

/**
 * GET /economic-plans/:year: the newest plan whose columns include the year (2024 → "Ekonomisk
 * information per 2024-10-24"; 2022 → the 2021-09 plan), with its computed beslutsutrymme.
 */
export async function getEconomicPlanForYear(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
  asOf?: string,
): Promise<TEconomicPlan> {
  const row = await findNewestPlanForYear(
    prisma,
    user.federationId,
    year,
    asOf ? fromIsoDate(asOf) : undefined,
  );
  if (!row) throw noPlan(year);
  return toEconomicPlan(row, year);
}

/**
 * PUT /economic-plans/:year (kansli): changes cells of the plan GET shows for that year, if its
 * version still matches. Null empties a cell. The audit entry holds the changed cells only.
 */
export async function updateEconomicPlanAmounts(
  prisma: TPrismaClient,
  user: TSessionUser,
  year: number,
  input: TEconomicPlanAmountsInput,
): Promise<TEconomicPlan> {
  return inTransaction(prisma, async (tx) => {
    const plan = await findNewestPlanForYear(tx, user.federationId, year);
    if (!plan) throw noPlan(year);
    const lines = new Map(plan.lines.map((line) => [line.id, line]));
    const columns = new Map(plan.columns.map((column) => [column.key, column]));
    const fields: TFieldError[] = [];
    input.amounts.forEach((cell, index) => {
      if (!lines.has(cell.lineId))
        fields.push({
          path: `body.amounts.${index}.lineId`,
          message: 'Raden finns inte i planen.',
        });
      if (!columns.has(cell.columnKey)) {
        fields.push({
          path: `body.amounts.${index}.columnKey`,
          message: 'Kolumnen finns inte i planen.',
        });
      }
    });
    if (fields.length > 0) throw new ValidationError(fields);
    if ((await bumpPlanVersion(tx, plan.id, input.version)) === 0) throw new ConflictError();

    const cellOf = (lineId: string, columnKey: string, amountKronor: number | null) => ({
      lineId,
      label: lines.get(lineId)!.label,
      columnKey,
      amountKronor,
    });
    const before = input.amounts.map((cell) => {
      const stored = lines.get(cell.lineId)!.amounts.find((a) => a.column.key === cell.columnKey);
      return cellOf(cell.lineId, cell.columnKey, stored?.amountKronor ?? null);
    });
    for (const cell of input.amounts) {
      const columnId = columns.get(cell.columnKey)!.id;
      if (cell.amountKronor === null) await clearPlanAmount(tx, cell.lineId, columnId);
      else await setPlanAmount(tx, cell.lineId, columnId, cell.amountKronor);
    }
    const after = input.amounts.map((cell) =>
      cellOf(cell.lineId, cell.columnKey, cell.amountKronor),
    );
    await recordAudit(tx, {
      user,
      action: 'update',
      entity: 'EconomicPlan',
      entityId: plan.id,
      before: { version: plan.version, cells: before },
      after: { version: plan.version + 1, cells: after },
    });
    const updated = await findPlan(tx, plan.id);
    return toEconomicPlan(updated!, year);
  });
}

/** GET /economic-plans/by-id/:id: a saved plan as it stood on its date (another förbund's: 404). */
export async function getEconomicPlanById(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
): Promise<TEconomicPlan> {
  const row = await findPlan(prisma, id);
  if (!row || !(await planBelongsTo(prisma, id, user.federationId)))
    throw new NotFoundError('Planen finns inte.');
  return toEconomicPlan(row, Math.min(...row.columns.map((c) => c.year)));
}

async function freePlanKey(tx: TTx, federationId: string, asOfDate: string): Promise<string> {
  for (let n = 1; ; n++) {
    const key = n === 1 ? `plan-${asOfDate}` : `plan-${asOfDate}-${n}`;
    if (!(await planKeyExists(tx, federationId, key))) return key;
  }
}

/**
 * POST /economic-plans (kansli): saves a new plan that starts from the förbund's newest plan, with
 * the changed cells, added lines and without the removed ones; the base plan stays as it was, with
 * its own date, so a past period still shows the line (pickEconomicPlanForPeriod). 409 when the
 * base is no longer the newest plan or has been changed since (its version), so two offices never
 * silently fork the plan. The new plan keeps the base's columns, lines and opening surplus; it has
 * no printed paper rows (those belong to the paper the base was transcribed from).
 */
export async function createEconomicPlanFromLatest(
  prisma: TPrismaClient,
  user: TSessionUser,
  input: TEconomicPlanCreateInput,
): Promise<TEconomicPlan> {
  return inTransaction(prisma, async (tx) => {
    const federationId = user.federationId;
    const newest = await findNewestPlan(tx, federationId);
    const base = await findPlan(tx, input.basePlanId);
    if (!base || !(await planBelongsTo(tx, base.id, federationId)))
      throw new NotFoundError('Planen du utgick från finns inte.');
    if (newest?.id !== base.id || base.version !== input.baseVersion) {
      throw new ConflictError(
        'En nyare plan har sparats sedan du hämtade den här. Ladda om och gör ändringarna i den nyaste planen.',
      );
    }
    const fields: TFieldError[] = [];
    const baseDate = toIsoDate(base.asOfDate);
    if (input.asOfDate < baseDate) {
      fields.push({
        path: 'body.asOfDate',
        message: `Datumet kan inte vara före planen du utgick från (${baseDate}).`,
      });
    }
    const lineIds = new Set(base.lines.map((line) => line.id));
    const columnKeys = new Set(base.columns.map((column) => column.key));
    input.amounts.forEach((cell, index) => {
      if (!lineIds.has(cell.lineId))
        fields.push({
          path: `body.amounts.${index}.lineId`,
          message: 'Raden finns inte i planen.',
        });
      if (!columnKeys.has(cell.columnKey))
        fields.push({
          path: `body.amounts.${index}.columnKey`,
          message: 'Kolumnen finns inte i planen.',
        });
    });
    const removed = new Set(input.removedLineIds);
    input.removedLineIds.forEach((lineId, index) => {
      if (!lineIds.has(lineId))
        fields.push({
          path: `body.removedLineIds.${index}`,
          message: 'Raden finns inte i planen.',
        });
    });
    input.amounts.forEach((cell, index) => {
      if (removed.has(cell.lineId))
        fields.push({
          path: `body.amounts.${index}.lineId`,
          message: 'Raden tas bort ur planen; dess belopp kan inte ändras samtidigt.',
        });
    });
    for (const [index, line] of input.newLines.entries()) {
      for (const key of Object.keys(line.amounts)) {
        if (!columnKeys.has(key))
          fields.push({
            path: `body.newLines.${index}.amounts.${key}`,
            message: 'Kolumnen finns inte i planen.',
          });
      }
      if (
        line.interventionId &&
        !(await findInterventionInFederation(tx, federationId, line.interventionId))
      )
        fields.push({
          path: `body.newLines.${index}.interventionId`,
          message: 'Insatsen finns inte i förbundet.',
        });
    }
    if (fields.length > 0) throw new ValidationError(fields);

    const changes = new Map(
      input.amounts.map((c) => [`${c.lineId}:${c.columnKey}`, c.amountKronor]),
    );
    const lines = base.lines
      .filter((line) => !removed.has(line.id))
      .map((line) => {
        const amounts: Record<string, number> = {};
        for (const cell of line.amounts) amounts[cell.column.key] = cell.amountKronor;
        for (const column of base.columns) {
          const change = changes.get(`${line.id}:${column.key}`);
          if (change === null) delete amounts[column.key];
          else if (change !== undefined) amounts[column.key] = change;
        }
        return {
          category: line.category,
          label: line.label,
          interventionId: line.interventionId,
          ownerLabel: line.ownerLabel,
          amounts,
        };
      });
    const added = input.newLines.map((line) => ({
      category: line.category,
      label: line.label,
      interventionId: line.interventionId ?? null,
      ownerLabel: line.ownerLabel ?? null,
      amounts: line.amounts,
    }));
    const id = await createPlan(tx, {
      federationId,
      key: await freePlanKey(tx, federationId, input.asOfDate),
      title: input.title || `Ekonomisk information per ${input.asOfDate}`,
      asOfDate: fromIsoDate(input.asOfDate),
      openingSurplusKronor: input.openingSurplusKronor ?? base.openingSurplusKronor,
      openingSurplusNote: base.openingSurplusNote,
      reserveFundKronor: base.reserveFundKronor,
      source: `Sparad av kansliet (${user.email}) utifrån "${base.title}"`,
      columns: base.columns.map(({ key, year, kind, label }) => ({ key, year, kind, label })),
      lines: [...lines, ...added],
    });
    const created = await findPlan(tx, id);
    const plan = toEconomicPlan(created!, Math.min(...created!.columns.map((c) => c.year)));
    await recordAudit(tx, {
      user,
      action: 'create',
      entity: 'EconomicPlan',
      entityId: id,
      after: {
        basePlanId: base.id,
        asOfDate: plan.asOfDate,
        changed: input.amounts,
        added,
        removed: base.lines
          .filter((line) => removed.has(line.id))
          .map((line) => ({ id: line.id, category: line.category, label: line.label })),
      },
    });
    return plan;
  });
}
