import type { TPrismaClient } from '@finsam/db';
import { Prisma } from '@finsam/db';
import type { TPlanColumnKind, TPlanLineCategory } from '@finsam/domain';
import { parseIsoDate } from '@finsam/domain';
import { queryRows } from './plain-sql.ts';

/** An economic plan as the dashboard's beslutsutrymme reads it. */
export interface TDashboardPlanRow {
  id: string;
  key: string;
  title: string;
  asOfDate: Date;
  openingSurplusKronor: number;
  openingSurplusNote: string | null;
  /** By sortOrder. */
  columns: { id: string; key: string; year: number; kind: TPlanColumnKind; label: string }[];
  /** By sortOrder. */
  lines: {
    category: TPlanLineCategory;
    label: string;
    amounts: { columnId: string; amountKronor: number }[];
  }[];
}

/**
 * The förbund's economic plans, newest first (by "per" date), with columns, lines and amounts: a
 * dashboard picks the one that stood for its period (a förbund has one or two a year). One
 * statement returning the plans as JSON: as a Prisma read with three nested levels it cost ~4 ms
 * of CPU per request in the query compiler alone (issue 16, decision 014).
 */
export async function listEconomicPlans(
  prisma: TPrismaClient,
  federationId: string,
): Promise<TDashboardPlanRow[]> {
  const [row] = await queryRows<{ plans: TDashboardPlanJson[] }>(
    prisma,
    Prisma.sql`
    SELECT ${economicPlansJson(federationId)} AS "plans"`,
  );
  return toEconomicPlanRows(row!.plans);
}

/** An economic plan as JSON gives it (its date as 'YYYY-MM-DD'). */
export type TDashboardPlanJson = Omit<TDashboardPlanRow, 'asOfDate'> & { asOfDate: string };

/**
 * listEconomicPlans's plans as one JSON expression (an array), to be one part of a larger
 * statement (the dashboard's first read, decision 014).
 */
export function economicPlansJson(federationId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object(
      'id', p."id", 'key', p."key", 'title', p."title", 'asOfDate', p."asOfDate",
      'openingSurplusKronor', p."openingSurplusKronor", 'openingSurplusNote', p."openingSurplusNote",
      'columns', (
        SELECT coalesce(json_agg(json_build_object(
          'id', c."id", 'key', c."key", 'year', c."year", 'kind', c."kind", 'label', c."label"
        ) ORDER BY c."sortOrder"), '[]')
        FROM "PlanColumn" c WHERE c."planId" = p."id"),
      'lines', (
        SELECT coalesce(json_agg(json_build_object(
          'category', l."category", 'label', l."label",
          'amounts', (
            SELECT coalesce(json_agg(json_build_object(
              'columnId', a."columnId", 'amountKronor', a."amountKronor")), '[]')
            FROM "PlanAmount" a WHERE a."lineId" = l."id")
        ) ORDER BY l."sortOrder"), '[]')
        FROM "PlanLine" l WHERE l."planId" = p."id")
    ) ORDER BY p."asOfDate" DESC, p."key" DESC), '[]')
    FROM "EconomicPlan" p WHERE p."federationId" = ${federationId})`;
}

/** The plans of economicPlansJson with their dates back to Date. */
export function toEconomicPlanRows(plans: TDashboardPlanJson[]): TDashboardPlanRow[] {
  return plans.map((plan) => {
    // A `date` column as JSON gives 'YYYY-MM-DD'; Prisma gives that day at 00:00 UTC.
    const { year, month, day } = parseIsoDate(plan.asOfDate);
    return { ...plan, asOfDate: new Date(Date.UTC(year, month - 1, day)) };
  });
}
