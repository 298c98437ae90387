import type { TPrismaClient } from '@finsam/db';
import { Prisma } from '@finsam/db';
import type { TBudgetAdjustmentKind, TGender, TParticipantMeasure } from '@finsam/domain';
import { GOAL_STATUS_REPORT_STATUSES, parseIsoDate } from '@finsam/domain';

/*
 * Reads behind the board's dashboards. Each function is ONE query (plus Prisma's one query per
 * nested relation level), never one per row: a dashboard loads its rows in a few queries and the
 * service computes in memory.
 */

const MEMBER_SELECT = { id: true, key: true, name: true, shortName: true, kind: true } as const;

/**
 * Whose rows a dashboard reads: the förbund's interventions (Överblick), those one member owns
 * (Kommun), or one intervention (Insats). A scope, not a list of ids: Prisma's query compiler
 * costs about 2 ms of CPU per request for an `IN` list of the förbund's 45 ids (issue 16), a
 * relation filter a fraction of that, and PostgreSQL answers both from the same indexes.
 */
export type TDashboardScope =
  { federationId: string; ownerId?: string } | { federationId: string; interventionId: string };

function interventionWhere(scope: TDashboardScope) {
  return 'interventionId' in scope
    ? { interventionId: scope.interventionId }
    : {
        intervention: {
          federationId: scope.federationId,
          ...(scope.ownerId ? { ownerId: scope.ownerId } : {}),
        },
      };
}

const FEDERATION_SELECT = {
  id: true,
  key: true,
  name: true,
  consumptionFlagLow: true,
  consumptionFlagHigh: true,
} as const;

/** The förbund and its förbrukningskvot flag limits. */
export function findDashboardFederation(prisma: TPrismaClient, federationId: string) {
  return prisma.federation.findUnique({ where: { id: federationId }, select: FEDERATION_SELECT });
}

/**
 * The förbund, its flag limits and its dashboard data version (decision 014), for a page with a
 * trend: read before the rows, so a trend point computed from them is never newer than its
 * version.
 */
export function findDashboardFederationWithVersion(prisma: TPrismaClient, federationId: string) {
  return prisma.federation.findUnique({
    where: { id: federationId },
    select: { ...FEDERATION_SELECT, dashboardDataVersion: { select: { version: true } } },
  });
}

/** The förbund's interventions, or only those one member owns. */
export function listDashboardInterventions(
  prisma: TPrismaClient,
  federationId: string,
  ownerId?: string,
) {
  return prisma.intervention.findMany({
    where: { federationId, ...(ownerId ? { ownerId } : {}) },
    select: {
      id: true,
      key: true,
      shortName: true,
      fullName: true,
      kind: true,
      aim: true,
      status: true,
      startDate: true,
      endDate: true,
      singleGenderTargetGroup: true,
      owner: { select: MEMBER_SELECT },
    },
    orderBy: [{ shortName: 'asc' }, { key: 'asc' }],
  });
}
export type TDashboardInterventionRow = Awaited<
  ReturnType<typeof listDashboardInterventions>
>[number];

/** A year's budget of an intervention, with its adjustments (by date). */
export interface TDashboardBudgetRow {
  interventionId: string;
  year: number;
  amountKronor: number;
  source: string;
  adjustments: {
    amountKronor: number;
    kind: TBudgetAdjustmentKind;
    date: Date;
    note: string;
    source: string;
    deviationId: string | null;
  }[];
}

/** A stored utfall row. */
export interface TDashboardOutcomeRow {
  interventionId: string;
  period: string;
  year: number;
  startMonth: number;
  endMonth: number;
  amountKronor: number;
  estimated: boolean;
  note: string | null;
}

/** A stored participant figure; interventionId null is a förbund-level figure. */
export interface TDashboardParticipantFigureRow {
  interventionId: string | null;
  period: string;
  year: number;
  startMonth: number;
  endMonth: number;
  measure: TParticipantMeasure;
  gender: TGender;
  count: number;
}

/** A `date` column as JSON gives 'YYYY-MM-DD'; Prisma gives that day at 00:00 UTC. */
function dateColumn(value: string): Date {
  const { year, month, day } = parseIsoDate(value);
  return new Date(Date.UTC(year, month - 1, day));
}

interface TYearRowsJson {
  budgets: (Omit<TDashboardBudgetRow, 'adjustments'> & {
    adjustments: (Omit<TDashboardBudgetRow['adjustments'][number], 'date'> & { date: string })[];
  })[];
  outcomes: TDashboardOutcomeRow[];
  figures: TDashboardParticipantFigureRow[];
}

/**
 * The money and participant rows of a scope — budgets with their adjustments (by year), utfall
 * (by year and first month) and participant figures (with `includeFederationLevel` also the
 * förbund-level ones) — of `years`, else of every year, in ONE statement: the rows as JSON, dates
 * back to Date. Each Prisma query costs 1–2 ms of CPU in its query compiler and driver whatever
 * its size (issue 16) and every dashboard reads these three. Only stored values are selected;
 * every calculation stays in the domain.
 */
export async function listDashboardYearRows(
  prisma: TPrismaClient,
  scope: TDashboardScope,
  includeFederationLevel: boolean,
  years?: number[],
): Promise<{
  budgets: TDashboardBudgetRow[];
  outcomes: TDashboardOutcomeRow[];
  figures: TDashboardParticipantFigureRow[];
}> {
  const { federationId } = scope;
  // The scope's interventions (i), as interventionWhere reads them.
  const inScope =
    'interventionId' in scope
      ? Prisma.sql`i."id" = ${scope.interventionId}`
      : scope.ownerId
        ? Prisma.sql`i."federationId" = ${federationId} AND i."ownerId" = ${scope.ownerId}`
        : Prisma.sql`i."federationId" = ${federationId}`;
  const inYears = (column: Prisma.Sql) =>
    years ? Prisma.sql`AND ${column} IN (${Prisma.join(years)})` : Prisma.empty;
  const federationLevel = includeFederationLevel
    ? Prisma.sql`OR x."interventionId" IS NULL`
    : Prisma.empty;
  const [row] = await prisma.$queryRaw<{ rows: TYearRowsJson }[]>`
    SELECT json_build_object(
      'budgets', (
        SELECT coalesce(json_agg(json_build_object(
          'interventionId', b."interventionId", 'year', b."year",
          'amountKronor', b."amountKronor", 'source', b."source",
          'adjustments', (
            SELECT coalesce(json_agg(json_build_object(
              'amountKronor', a."amountKronor", 'kind', a."kind", 'date', a."date",
              'note', a."note", 'source', a."source", 'deviationId', a."deviationId"
            ) ORDER BY a."date", a."id"), '[]')
            FROM "BudgetAdjustment" a WHERE a."budgetId" = b."id")
        ) ORDER BY b."year"), '[]')
        FROM "AnnualBudget" b JOIN "Intervention" i ON i."id" = b."interventionId"
        WHERE ${inScope} ${inYears(Prisma.sql`b."year"`)}),
      'outcomes', (
        SELECT coalesce(json_agg(json_build_object(
          'interventionId', o."interventionId", 'period', o."period", 'year', o."year",
          'startMonth', o."startMonth", 'endMonth', o."endMonth",
          'amountKronor', o."amountKronor", 'estimated', o."estimated", 'note', o."note"
        ) ORDER BY o."year", o."startMonth"), '[]')
        FROM "Outcome" o JOIN "Intervention" i ON i."id" = o."interventionId"
        WHERE ${inScope} ${inYears(Prisma.sql`o."year"`)}),
      'figures', (
        SELECT coalesce(json_agg(json_build_object(
          'interventionId', x."interventionId", 'period', x."period", 'year', x."year",
          'startMonth', x."startMonth", 'endMonth', x."endMonth",
          'measure', x."measure", 'gender', x."gender", 'count', x."count"
        )), '[]')
        FROM "ParticipantFigure" x
        WHERE x."federationId" = ${federationId} ${inYears(Prisma.sql`x."year"`)}
          AND (x."interventionId" IN (SELECT i."id" FROM "Intervention" i WHERE ${inScope})
            ${federationLevel}))
    ) AS "rows"`;
  const rows = row!.rows;
  return {
    budgets: rows.budgets.map((budget) => ({
      ...budget,
      adjustments: budget.adjustments.map((a) => ({ ...a, date: dateColumn(a.date) })),
    })),
    outcomes: rows.outcomes,
    figures: rows.figures,
  };
}

/**
 * The distinct periods of the stored utfall and participant figures of the interventions (and,
 * with `includeFederationLevel`, the förbund-level figures): what the period picker, the default
 * period, the coverage and the trend's periods are read from, without loading every year's rows.
 * Only stored values are grouped; nothing is computed here.
 */
export function listDashboardStoredPeriods(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  includeFederationLevel: boolean,
): Promise<{ period: string }[]> {
  const { federationId } = scope;
  const owner = scope.ownerId ? Prisma.sql`AND "ownerId" = ${scope.ownerId}` : Prisma.empty;
  const ids = Prisma.sql`SELECT "id" FROM "Intervention" WHERE "federationId" = ${federationId} ${owner}`;
  const federationLevel = includeFederationLevel
    ? Prisma.sql`OR "interventionId" IS NULL`
    : Prisma.empty;
  return prisma.$queryRaw<{ period: string }[]>`
    SELECT "period" FROM "Outcome" WHERE "interventionId" IN (${ids})
    UNION
    SELECT "period" FROM "ParticipantFigure"
    WHERE "federationId" = ${federationId} AND ("interventionId" IN (${ids}) ${federationLevel})`;
}

/**
 * Quarterly report statuses whose answers count towards a dashboard's goal status: reports that
 * have been submitted to the office — SUBMITTED, APPROVED, and RETURNED (the office sent it back
 * for completion, but its answers were submitted and stay the intervention's latest word until a
 * new submit). A DRAFT is the lead's unfinished work and never counts (nor is it shown).
 */
export { GOAL_STATUS_REPORT_STATUSES };

/**
 * The submitted quarterly reports' goal answers of one year (the whole answers document; the
 * service picks). Goal status is read from a report inside the shown period only
 * (pickGoalStatusReport), so other years are never loaded (issue 16). Drafts are left out: see
 * GOAL_STATUS_REPORT_STATUSES.
 */
export function listDashboardGoalReports(
  prisma: TPrismaClient,
  scope: TDashboardScope,
  year: number,
) {
  return prisma.quarterlyReport.findMany({
    where: {
      ...interventionWhere(scope),
      year,
      status: { in: [...GOAL_STATUS_REPORT_STATUSES] },
    },
    select: {
      id: true,
      interventionId: true,
      year: true,
      quarter: true,
      status: true,
      answers: true,
    },
    orderBy: [{ year: 'asc' }, { quarter: 'asc' }],
  });
}
export type TDashboardGoalReportRow = Awaited<ReturnType<typeof listDashboardGoalReports>>[number];

/** The förbund's targets of one year. */
export function listDashboardTargets(prisma: TPrismaClient, federationId: string, year: number) {
  return prisma.federationTarget.findMany({
    where: { federationId, year },
    select: { year: true, metric: true, comparison: true, value: true, label: true },
    orderBy: { metric: 'asc' },
  });
}
export type TDashboardTargetRow = Awaited<ReturnType<typeof listDashboardTargets>>[number];

/**
 * Förbund-level results reported without counts ("7 kompetenshöjande aktiviteter", "98 % har en
 * plan"), for every period: the dashboard picks the shown period's.
 */
export function listDashboardFederationMetrics(prisma: TPrismaClient, federationId: string) {
  return prisma.federationMetric.findMany({
    where: { federationId },
    select: { period: true, year: true, metric: true, value: true, note: true },
  });
}
export type TDashboardFederationMetricRow = Awaited<
  ReturnType<typeof listDashboardFederationMetrics>
>[number];
