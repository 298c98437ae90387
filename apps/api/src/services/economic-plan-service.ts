import type { TPrismaClient } from '@finsam/db';
import { computeBudgetHeadroom } from '@finsam/domain';
import type {
  TEconomicPlan,
  TEconomicPlanAmountsInput,
  TEconomicPlanList,
  TFieldError,
  TSessionUser,
} from '@finsam/domain';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  bumpPlanVersion,
  clearPlanAmount,
  findNewestPlanForYear,
  findPlan,
  listPlans,
  setPlanAmount,
} from '../repositories/economic-plan-repository.ts';
import type { TPlanRow } from '../repositories/economic-plan-repository.ts';
import { inTransaction } from '../repositories/transaction.ts';
import { toIsoDate } from './db-dates.ts';

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
): Promise<TEconomicPlan> {
  const row = await findNewestPlanForYear(prisma, user.federationId, year);
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
