import type { TPrismaClient } from '@finsam/db';
import {
  parseRequisitionList,
  computeAdjustedBudget,
  formatKronor,
  parsePeriod,
  periodEndDate,
  periodStartDate,
} from '@finsam/domain';
import type {
  TRequisitionImportInput,
  TRequisitionPreview,
  TFieldError,
  TOutcomeGrid,
  TOutcomeGridRow,
  TOutcomeGridSaveInput,
  TPeriodRange,
  TSessionUser,
} from '@finsam/domain';
import { AppError, ConflictError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createOutcome,
  deleteOutcomeIfVersion,
  findOutcome,
  updateOutcomeIfVersion,
} from '../repositories/outcome-repository.ts';
import { listOutcomeGridInterventions } from '../repositories/outcome-grid-repository.ts';
import type { TOutcomeGridInterventionRow } from '../repositories/outcome-grid-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';
import { readSpreadsheet } from './spreadsheet-table.ts';

function toGridRow(row: TOutcomeGridInterventionRow, range: TPeriodRange): TOutcomeGridRow {
  const budget = row.budgets[0];
  const own = row.outcomes.find((o) => o.period === range.period) ?? null;
  const names = [...new Set([row.fullName, row.shortName, ...row.aliases.map((a) => a.alias)])];
  return {
    interventionId: row.id,
    key: row.key,
    shortName: row.shortName,
    fullName: row.fullName,
    names,
    kind: row.kind,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
    originalBudgetKronor: budget?.amountKronor ?? null,
    // The budget as it stood at the period end: an adjustment counts from its date (DOMAIN.md §4).
    adjustedBudgetKronor: budget
      ? computeAdjustedBudget(
          budget.amountKronor,
          budget.adjustments.map((a) => ({
            amountKronor: a.amountKronor,
            date: toIsoDate(a.date),
          })),
          periodEndDate(range),
        )
      : null,
    outcome: own
      ? {
          id: own.id,
          amountKronor: own.amountKronor,
          estimated: own.estimated,
          note: own.note,
          version: own.version,
        }
      : null,
    otherOutcomes: row.outcomes
      .filter((o) => o.period !== range.period)
      .map((o) => ({
        period: o.period,
        startMonth: o.startMonth,
        endMonth: o.endMonth,
        amountKronor: o.amountKronor,
        estimated: o.estimated,
      })),
  };
}

async function loadGrid(
  db: TDbClient,
  federationId: string,
  range: TPeriodRange,
): Promise<TOutcomeGrid> {
  const rows = await listOutcomeGridInterventions(db, federationId, range.year, {
    from: fromIsoDate(periodStartDate(range)),
    to: fromIsoDate(periodEndDate(range)),
  });
  return {
    period: range.period,
    year: range.year,
    startMonth: range.startMonth,
    endMonth: range.endMonth,
    periodEnd: periodEndDate(range),
    rows: rows.map((row) => toGridRow(row, range)),
  };
}

/** GET /outcome-grids/:period (kansli): every intervention running in the period, one row each. */
export function getOutcomeGrid(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
): Promise<TOutcomeGrid> {
  return loadGrid(prisma, user.federationId, parsePeriod(period));
}

const describeAmount = (amountKronor: number | null, estimated: boolean) =>
  amountKronor === null
    ? 'tomt'
    : `${formatKronor(amountKronor, { unit: true })}${estimated ? ' (beräknat)' : ''}`;

/**
 * PUT /outcome-grids/:period (kansli): saves the changed rows as a whole, or nothing. Each row names
 * the version it was based on (null: no outcome existed); when another user saved any of them in
 * between, the answer is 409 with one field error per such row saying what is stored now and what
 * was typed, so the office can compare row by row. An empty cell removes a stored outcome.
 */
export async function saveOutcomeGrid(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  input: TOutcomeGridSaveInput,
): Promise<TOutcomeGrid> {
  const range = parsePeriod(period);
  try {
    return await inTransaction(prisma, async (tx) => {
      const grid = await loadGrid(tx, user.federationId, range);
      const byId = new Map(grid.rows.map((row) => [row.interventionId, row]));
      const invalid: TFieldError[] = [];
      const conflicts: TFieldError[] = [];
      const seen = new Set<string>();
      input.rows.forEach((cell, index) => {
        const row = byId.get(cell.interventionId);
        const path = `body.rows.${index}`;
        if (!row) {
          invalid.push({
            path: `${path}.interventionId`,
            message: `Insatsen pågår inte under ${range.period} eller finns inte i förbundet.`,
          });
          return;
        }
        if (seen.has(cell.interventionId)) {
          invalid.push({
            path: `${path}.interventionId`,
            message: `${row.shortName} finns två gånger.`,
          });
          return;
        }
        seen.add(cell.interventionId);
        const overlapping = row.otherOutcomes.find(
          (o) => o.startMonth <= range.endMonth && o.endMonth >= range.startMonth,
        );
        if (overlapping && cell.amountKronor !== null) {
          invalid.push({
            path: `${path}.amountKronor`,
            message: `${row.shortName} har redan ett utfall för ${overlapping.period}, som omfattar ${range.period}. Ändra det i stället, så att inga månader räknas två gånger.`,
          });
        }
        const stored = row.outcome?.version ?? null;
        if (stored !== cell.baseVersion) {
          conflicts.push({
            path: `${path}.amountKronor`,
            message: `${row.shortName}: någon annan har sparat ${describeAmount(
              row.outcome?.amountKronor ?? null,
              row.outcome?.estimated ?? false,
            )} sedan du hämtade rutnätet; du skrev ${describeAmount(cell.amountKronor, cell.estimated)}.`,
          });
        }
      });
      if (invalid.length > 0) throw new ValidationError(invalid);
      if (conflicts.length > 0) {
        throw new AppError(
          'CONFLICT',
          `${conflicts.length === 1 ? 'En rad' : `${conflicts.length} rader`} har ändrats av någon annan sedan du hämtade rutnätet. Inget sparades: jämför raderna och spara igen.`,
          conflicts,
        );
      }

      for (const cell of input.rows) {
        const row = byId.get(cell.interventionId)!;
        const stored = row.outcome;
        const note = cell.note === undefined ? (stored?.note ?? null) : cell.note;
        if (stored === null) {
          if (cell.amountKronor === null) continue;
          const { id } = await createOutcome(tx, {
            interventionId: row.interventionId,
            period: range.period,
            year: range.year,
            startMonth: range.startMonth,
            endMonth: range.endMonth,
            amountKronor: cell.amountKronor,
            estimated: cell.estimated,
            note,
            source: input.source ?? `Utfallsrutnät ${range.period}`,
          });
          const after = await findOutcome(tx, id);
          await recordAudit(tx, { user, action: 'create', entity: 'Outcome', entityId: id, after });
        } else if (cell.amountKronor === null) {
          const before = await findOutcome(tx, stored.id);
          if ((await deleteOutcomeIfVersion(tx, stored.id, stored.version)) === 0)
            throw new ConflictError();
          await recordAudit(tx, {
            user,
            action: 'delete',
            entity: 'Outcome',
            entityId: stored.id,
            before,
          });
        } else if (
          stored.amountKronor !== cell.amountKronor ||
          stored.estimated !== cell.estimated ||
          stored.note !== note
        ) {
          const before = await findOutcome(tx, stored.id);
          const changed = await updateOutcomeIfVersion(tx, stored.id, stored.version, {
            amountKronor: cell.amountKronor,
            estimated: cell.estimated,
            note,
          });
          if (changed === 0) throw new ConflictError();
          const after = await findOutcome(tx, stored.id);
          await recordAudit(tx, {
            user,
            action: 'update',
            entity: 'Outcome',
            entityId: stored.id,
            before,
            after,
          });
        }
      }
      return loadGrid(tx, user.federationId, range);
    });
  } catch (error) {
    // Two offices creating the same outcome at once: the unique index decides, nothing was saved.
    if (isUniqueViolation(error)) throw new ConflictError();
    throw error;
  }
}

/**
 * POST /outcome-grids/:period/requisitions/preview (kansli): reads an uploaded requisition list
 * (CSV/XLSX, spreadsheet-table.ts) against the period's grid (parseRequisitionList: names through
 * the aliases, a quarter's requisitions added up) and shows what would be saved, with per-row
 * errors. Nothing is written; the office saves the lines through PUT with their base versions.
 */
export async function previewRequisitionList(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  input: TRequisitionImportInput,
): Promise<TRequisitionPreview> {
  const range = parsePeriod(period);
  const table = await readSpreadsheet(input.fileName, input.contentBase64);
  const grid = await loadGrid(prisma, user.federationId, range);
  const parsed = parseRequisitionList(
    table,
    grid.rows.map((row) => ({
      interventionId: row.interventionId,
      shortName: row.shortName,
      names: [row.fullName, ...row.names],
    })),
  );
  const byId = new Map(grid.rows.map((row) => [row.interventionId, row]));
  return {
    period: range.period,
    valid: parsed.errors.length === 0 && parsed.lines.length > 0,
    errors:
      parsed.lines.length === 0 && parsed.errors.length === 0
        ? [{ row: 1, message: 'Filen har inga rekvisitioner.' }]
        : parsed.errors,
    lines: parsed.lines.map((line) => {
      const outcome = byId.get(line.interventionId)!.outcome;
      return {
        ...line,
        baseVersion: outcome?.version ?? null,
        previousAmountKronor: outcome?.amountKronor ?? null,
      };
    }),
  };
}
