import type { TPrismaClient } from '@finsam/db';
import { Prisma } from '@finsam/db';
import type {
  TBudgetAdjustmentKind,
  TComparison,
  TGender,
  TInterventionAim,
  TInterventionKind,
  TInterventionStatus,
  TMemberKind,
  TParticipantMeasure,
  TReportStatus,
  TTargetMetric,
} from '@finsam/domain';
import { GOAL_STATUS_REPORT_STATUSES, parseIsoDate } from '@finsam/domain';
import {
  economicPlansJson,
  toEconomicPlanRows,
  type TDashboardPlanJson,
  type TDashboardPlanRow,
} from './dashboard-plan-repository.ts';
import { queryRows } from './plain-sql.ts';

/*
 * Reads behind the board's dashboards. Each function is ONE statement, never one per row: a
 * dashboard loads its rows in two statements returning JSON (readDashboardHead before it knows
 * its period, readDashboardYear after) and the service computes in memory. Each Prisma call costs
 * 1–3 ms of CPU in its query compiler and driver whatever its size (issue 16, decision 014).
 */

/**
 * Whose rows a dashboard reads: the förbund's interventions (Överblick), those one member owns
 * (Kommun), or one intervention (Insats). A scope, not a list of ids, selected in SQL.
 */
export type TDashboardScope =
  { federationId: string; ownerId?: string } | { federationId: string; interventionId: string };

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

/** A dashboard's intervention with its owner (readDashboardHead). */
export interface TDashboardInterventionRow {
  id: string;
  key: string;
  shortName: string;
  fullName: string;
  kind: TInterventionKind;
  aim: TInterventionAim | null;
  status: TInterventionStatus;
  startDate: Date;
  endDate: Date;
  singleGenderTargetGroup: boolean;
  owner: { id: string; key: string; name: string; shortName: string; kind: TMemberKind } | null;
}

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

export interface TYearRowsJson {
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
  const [row] = await queryRows<{ rows: TYearRowsJson }>(
    prisma,
    Prisma.sql`
    SELECT ${yearRowsJson(scope, includeFederationLevel, years)} AS "rows"`,
  );
  return toYearRows(row!.rows);
}

/** The scope's interventions (alias i), as interventionWhere reads them. */
function inScopeSql(scope: TDashboardScope): Prisma.Sql {
  return 'interventionId' in scope
    ? Prisma.sql`i."id" = ${scope.interventionId}`
    : scope.ownerId
      ? Prisma.sql`i."federationId" = ${scope.federationId} AND i."ownerId" = ${scope.ownerId}`
      : Prisma.sql`i."federationId" = ${scope.federationId}`;
}

/** listDashboardYearRows's rows as one JSON expression, to be one part of a larger statement. */
export function yearRowsJson(
  scope: TDashboardScope,
  includeFederationLevel: boolean,
  years?: number[],
): Prisma.Sql {
  const { federationId } = scope;
  const inScope = inScopeSql(scope);
  const inYears = (column: Prisma.Sql) =>
    years ? Prisma.sql`AND ${column} IN (${Prisma.join(years)})` : Prisma.empty;
  const federationLevel = includeFederationLevel
    ? Prisma.sql`OR x."interventionId" IS NULL`
    : Prisma.empty;
  return Prisma.sql`json_build_object(
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
    )`;
}

export function toYearRows(rows: TYearRowsJson): {
  budgets: TDashboardBudgetRow[];
  outcomes: TDashboardOutcomeRow[];
  figures: TDashboardParticipantFigureRow[];
} {
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
 * Quarterly report statuses whose answers count towards a dashboard's goal status: reports that
 * have been submitted to the office — SUBMITTED, APPROVED, and RETURNED (the office sent it back
 * for completion, but its answers were submitted and stay the intervention's latest word until a
 * new submit). A DRAFT is the lead's unfinished work and never counts (nor is it shown).
 */
export { GOAL_STATUS_REPORT_STATUSES };

/** A submitted quarterly report's goal answers (the whole answers document; the service picks). */
export interface TDashboardGoalReportRow {
  id: string;
  interventionId: string;
  year: number;
  quarter: number;
  status: TReportStatus;
  answers: Prisma.JsonValue;
}

/** One of the förbund's targets of a year. */
export interface TDashboardTargetRow {
  year: number;
  metric: TTargetMetric;
  comparison: TComparison;
  value: number;
  label: string;
}

/**
 * A förbund-level result reported without counts ("7 kompetenshöjande aktiviteter", "98 % har
 * en plan") of one period.
 */
export interface TDashboardFederationMetricRow {
  period: string;
  year: number;
  metric: TTargetMetric;
  value: number;
  note: string | null;
}

/** The stored periods' UNION (listDashboardStoredPeriods), also a part of a larger statement. */
function storedPeriodsSql(
  scope: { federationId: string; ownerId?: string },
  includeFederationLevel: boolean,
): Prisma.Sql {
  const { federationId } = scope;
  const owner = scope.ownerId ? Prisma.sql`AND "ownerId" = ${scope.ownerId}` : Prisma.empty;
  const ids = Prisma.sql`SELECT "id" FROM "Intervention" WHERE "federationId" = ${federationId} ${owner}`;
  const federationLevel = includeFederationLevel
    ? Prisma.sql`OR "interventionId" IS NULL`
    : Prisma.empty;
  // `= ANY(ARRAY(…))`, not `IN (…)`: with IN the planner hashes a scan of every förbund's
  // utfall (20 000 rows at national scale, ~10 ms) instead of reading the index per intervention.
  return Prisma.sql`
    SELECT "period" FROM "Outcome" WHERE "interventionId" = ANY(ARRAY(${ids}))
    UNION
    SELECT "period" FROM "ParticipantFigure"
    WHERE "federationId" = ${federationId} AND ("interventionId" IN (${ids}) ${federationLevel})`;
}

export type TDashboardFederationRow = NonNullable<
  Awaited<ReturnType<typeof findDashboardFederation>>
>;

interface THeadJson {
  federation: (TDashboardFederationRow & { version: number | null }) | null;
  interventions: (Omit<TDashboardInterventionRow, 'startDate' | 'endDate'> & {
    startDate: string;
    endDate: string;
  })[];
  periods: string[];
  plans: TDashboardPlanJson[] | null;
}

/**
 * What a dashboard reads before it knows its period, in ONE statement (decision 014, round 2):
 * the förbund with its flag limits and data version (null: no version row yet), the scope's
 * interventions with their owners (as listDashboardInterventions, same order), the stored
 * periods (as listDashboardStoredPeriods) and, with `withPlans`, the economic plans (as
 * listEconomicPlans). One statement is one snapshot, so the version is never older than the
 * interventions read with it. Each Prisma call costs 1–3 ms of CPU in its query compiler and
 * driver (issue 16); stored values only, nothing is computed here.
 */
export async function readDashboardHead(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  options: THeadOptions,
): Promise<TDashboardHead> {
  const [row] = await queryRows<{ head: THeadJson }>(
    prisma,
    Prisma.sql`
    SELECT ${headSql(scope, options)} AS "head"`,
  );
  return toHead(row!.head);
}

interface THeadOptions {
  includeFederationLevel: boolean;
  withPlans: boolean;
}

export interface TDashboardHead {
  federation: (TDashboardFederationRow & { version: number | null }) | null;
  interventions: TDashboardInterventionRow[];
  stored: { period: string }[];
  plans: TDashboardPlanRow[] | null;
}

/** readDashboardHead's JSON expression, to be one part of a statement. */
function headSql(
  scope: { federationId: string; ownerId?: string },
  options: THeadOptions,
): Prisma.Sql {
  const { federationId } = scope;
  const inScope = inScopeSql(scope);
  return Prisma.sql`json_build_object(
      'federation', (
        SELECT json_build_object(
          'id', f."id", 'key', f."key", 'name', f."name",
          'consumptionFlagLow', f."consumptionFlagLow",
          'consumptionFlagHigh', f."consumptionFlagHigh", 'version', v."version")
        FROM "Federation" f LEFT JOIN "DashboardDataVersion" v ON v."federationId" = f."id"
        WHERE f."id" = ${federationId}),
      'interventions', (
        SELECT coalesce(json_agg(json_build_object(
          'id', i."id", 'key', i."key", 'shortName', i."shortName", 'fullName', i."fullName",
          'kind', i."kind", 'aim', i."aim", 'status', i."status",
          'startDate', i."startDate", 'endDate', i."endDate",
          'singleGenderTargetGroup', i."singleGenderTargetGroup",
          'owner', (
            SELECT json_build_object(
              'id', m."id", 'key', m."key", 'name', m."name", 'shortName', m."shortName",
              'kind', m."kind")
            FROM "Member" m WHERE m."id" = i."ownerId")
        ) ORDER BY i."shortName", i."key"), '[]')
        FROM "Intervention" i WHERE ${inScope}),
      'periods', (
        SELECT coalesce(json_agg(s."period"), '[]')
        FROM (${storedPeriodsSql(scope, options.includeFederationLevel)}) s),
      'plans', ${options.withPlans ? economicPlansJson(federationId) : Prisma.sql`NULL`}
    )`;
}

function toHead(head: THeadJson): TDashboardHead {
  return {
    federation: head.federation,
    interventions: head.interventions.map((i) => ({
      ...i,
      startDate: dateColumn(i.startDate),
      endDate: dateColumn(i.endDate),
    })),
    stored: head.periods.map((period) => ({ period })),
    plans: head.plans ? toEconomicPlanRows(head.plans) : null,
  };
}

interface TYearJson {
  targets: TDashboardTargetRow[] | null;
  metrics: TDashboardFederationMetricRow[] | null;
  reports: TDashboardGoalReportRow[];
  rows: TYearRowsJson;
  points: { period: string; point: unknown }[];
}

/**
 * What a dashboard reads for its period's year, in ONE statement (decision 014, round 2): the
 * year's rows (as listDashboardYearRows), its submitted goal reports (as
 * listDashboardGoalReports), with `withTargets` the förbund's targets of the year and its
 * förbund-level results of `period` (as listDashboardTargets and listDashboardFederationMetrics),
 * and the trend points of `trend.periods` cached at `trend.version` (as listCachedTrendPoints).
 * Stored values only, nothing is computed here.
 */
export async function readDashboardYear(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  options: TYearOptions & { trend: { scope: string; version: number; periods: string[] } },
): Promise<TDashboardYear> {
  const { trend } = options;
  const points =
    trend.periods.length === 0
      ? Prisma.sql`'[]'::json`
      : Prisma.sql`(
        SELECT coalesce(json_agg(json_build_object('period', p."period", 'point', p."point")), '[]')
        FROM "DashboardTrendPoint" p
        WHERE p."federationId" = ${scope.federationId} AND p."scope" = ${trend.scope}
          AND p."version" = ${trend.version} AND p."period" IN (${Prisma.join(trend.periods)}))`;
  const [row] = await queryRows<{ year: TYearJson }>(
    prisma,
    Prisma.sql`
    SELECT ${yearSql(scope, options, points)} AS "year"`,
  );
  return toYear(row!.year);
}

/**
 * readDashboardHead and readDashboardYear in ONE statement, for a page whose period (so its
 * year) is known before any row is read: the period was asked for (resolveDashboardPeriod
 * returns it as asked). One statement is one snapshot, so the version the cached points are
 * matched against is the one read with the rows. The periods of the trend depend on the stored
 * periods read here, so the cached points read are those of every period of an earlier year at
 * that version: a superset of earlierTrendPeriods (any write that changes the stored periods
 * bumps the version); loadTrend looks up the ones it needs by period, so a point of another kind
 * (a year's, when a half-year is shown) is read and left. The period grammar stays in the
 * domain's parsePeriod, not spelled again in SQL. Saves a Prisma call: 1–3 ms of CPU (issue 16).
 */
export async function readDashboardHeadAndYear(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  options: THeadOptions & TYearOptions & { trend: { scope: string } },
): Promise<{ head: TDashboardHead; year: TDashboardYear }> {
  const { federationId } = scope;
  const { trend } = options;
  const points = Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object('period', p."period", 'point', p."point")), '[]')
    FROM "DashboardTrendPoint" p
    WHERE p."federationId" = ${federationId} AND p."scope" = ${trend.scope}
      AND p."version" = coalesce((
        SELECT v."version" FROM "DashboardDataVersion" v WHERE v."federationId" = ${federationId}
      ), 0)
      AND substr(p."period", 1, 4)::int < ${options.year})`;
  const [row] = await queryRows<{ head: THeadJson; year: TYearJson }>(
    prisma,
    Prisma.sql`
    SELECT ${headSql(scope, options)} AS "head", ${yearSql(scope, options, points)} AS "year"`,
  );
  return { head: toHead(row!.head), year: toYear(row!.year) };
}

interface TYearOptions {
  includeFederationLevel: boolean;
  year: number;
  /** The förbund's targets and förbund-level results of this period (Överblick). */
  targetsOfPeriod?: string;
}

export type TDashboardYear = ReturnType<typeof toYear>;

/** readDashboardYear's JSON expression with `points` for its cached trend points. */
function yearSql(
  scope: { federationId: string; ownerId?: string },
  options: TYearOptions,
  points: Prisma.Sql,
): Prisma.Sql {
  const { federationId } = scope;
  const { year, targetsOfPeriod } = options;
  const inScope = inScopeSql(scope);
  const targets =
    targetsOfPeriod === undefined
      ? Prisma.sql`NULL`
      : Prisma.sql`(
        SELECT coalesce(json_agg(json_build_object(
          'year', t."year", 'metric', t."metric", 'comparison', t."comparison",
          'value', t."value", 'label', t."label"
        ) ORDER BY t."metric"), '[]')
        FROM "FederationTarget" t WHERE t."federationId" = ${federationId} AND t."year" = ${year})`;
  const metrics =
    targetsOfPeriod === undefined
      ? Prisma.sql`NULL`
      : Prisma.sql`(
        SELECT coalesce(json_agg(json_build_object(
          'period', fm."period", 'year', fm."year", 'metric', fm."metric",
          'value', fm."value", 'note', fm."note")), '[]')
        FROM "FederationMetric" fm
        WHERE fm."federationId" = ${federationId} AND fm."period" = ${targetsOfPeriod})`;
  return Prisma.sql`json_build_object(
      'targets', ${targets},
      'metrics', ${metrics},
      'reports', (
        SELECT coalesce(json_agg(json_build_object(
          'id', r."id", 'interventionId', r."interventionId", 'year', r."year",
          'quarter', r."quarter", 'status', r."status", 'answers', r."answers"
        ) ORDER BY r."year", r."quarter"), '[]')
        FROM "QuarterlyReport" r JOIN "Intervention" i ON i."id" = r."interventionId"
        WHERE ${inScope} AND r."year" = ${year}
          AND r."status"::text IN (${Prisma.join([...GOAL_STATUS_REPORT_STATUSES])})),
      'rows', ${yearRowsJson(scope, options.includeFederationLevel, [year])},
      'points', ${points}
    )`;
}

function toYear(result: TYearJson) {
  return {
    targets: result.targets,
    metrics: result.metrics,
    reports: result.reports,
    ...toYearRows(result.rows),
    points: result.points,
  };
}
