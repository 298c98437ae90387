import type { TDashboardHeadroom } from '@finsam/domain';
import { computeBudgetHeadroom, pickHeadlineHeadroomColumn } from '@finsam/domain';
import type { TDashboardPlanRow } from '../repositories/dashboard-plan-repository.ts';
import { toIsoDate } from './dashboard-dto.ts';

/**
 * Beslutsutrymme per column of the economic plan (domain computeBudgetHeadroom), with labels and
 * the column headlined for `year` (pickHeadlineHeadroomColumn).
 */
export function buildHeadroom(
  plan: TDashboardPlanRow | null,
  year: number,
): TDashboardHeadroom | null {
  if (!plan) return null;
  const columnKey = new Map(plan.columns.map((column) => [column.id, column.key]));
  const headroom = computeBudgetHeadroom({
    openingSurplusKronor: plan.openingSurplusKronor,
    columns: plan.columns.map((column) => ({
      key: column.key,
      year: column.year,
      kind: column.kind,
    })),
    lines: plan.lines.map((line) => ({
      category: line.category,
      label: line.label,
      amounts: Object.fromEntries(
        line.amounts.map((amount) => [columnKey.get(amount.columnId)!, amount.amountKronor]),
      ),
    })),
  });
  const label = new Map(plan.columns.map((column) => [column.key, column.label]));
  return {
    planId: plan.id,
    planKey: plan.key,
    title: plan.title,
    asOfDate: toIsoDate(plan.asOfDate),
    openingSurplusKronor: plan.openingSurplusKronor,
    openingSurplusNote: plan.openingSurplusNote,
    hasPendingApplications: headroom.hasPendingApplications,
    columns: headroom.columns.map((column) => ({
      ...column,
      label: label.get(column.key) ?? column.key,
    })),
    headlineColumnKey: pickHeadlineHeadroomColumn(headroom.columns, year)?.key ?? null,
  };
}
