import type { TPrismaClient } from '@finsam/db';
import type {
  TDashboardMunicipality,
  TDashboardMunicipalityList,
  TDashboardOverview,
  TSessionUser,
} from '@finsam/domain';
import { listPeriodsWithData, pickEconomicPlanForPeriod } from '@finsam/domain';
import { NotFoundError } from '../http/errors.ts';
import { maySeeDashboardDetails } from './access-service.ts';
import {
  findDashboardFederationWithVersion,
  listDashboardFederationMetrics,
  listDashboardGoalReports,
  listDashboardInterventions,
  listDashboardStoredPeriods,
  listDashboardTargets,
  listDashboardYearRows,
} from '../repositories/dashboard-data-repository.ts';
import {
  findDashboardMember,
  listDashboardMembers,
} from '../repositories/dashboard-member-repository.ts';
import { listEconomicPlans } from '../repositories/dashboard-plan-repository.ts';
import { toIsoDate, toMemberRef, toPeriodDto } from './dashboard-dto.ts';
import { countKinds, indexGoalReports, toInterventionSummary } from './dashboard-goal-service.ts';
import { buildHeadroom } from './dashboard-headroom-service.ts';
import { buildMoney, indexMoney } from './dashboard-money-service.ts';
import { buildParticipants, indexParticipants } from './dashboard-participants-service.ts';
import { listAvailablePeriods, resolveDashboardPeriod } from './dashboard-period-service.ts';
import { buildTargets } from './dashboard-target-service.ts';
import { loadTrend } from './dashboard-trend-service.ts';

/**
 * The stored periods of a set of interventions (one grouped query, not every year's rows): the
 * default period, the period picker, the coverage and the trend's periods.
 */
async function loadPeriods(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  federationLevel: boolean,
) {
  const stored = await listDashboardStoredPeriods(prisma, scope, federationLevel);
  return {
    /** Every stored row's period: what the page's coverage is measured from. */
    stored,
    /** Stored periods (not months), newest first: the default period and the trend. */
    storedPeriods: listAvailablePeriods(stored),
    /** Every year, half-year and quarter with data: the period picker. */
    available: listPeriodsWithData(stored),
  };
}

/**
 * The money and participant rows of a set of interventions of some years (the shown period's;
 * the trend's uncached ones), indexed, in one query whatever the number of rows.
 */
async function loadRows(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  federationLevel: boolean,
  years: number[],
) {
  const { budgets, outcomes, figures } = await listDashboardYearRows(
    prisma,
    scope,
    federationLevel,
    years,
  );
  return { money: indexMoney(budgets, outcomes), participants: indexParticipants(figures) };
}

/** The submitted reports of the shown period's year, indexed for goal status. */
async function loadGoalReports(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  year: number,
) {
  return indexGoalReports(await listDashboardGoalReports(prisma, scope, year));
}

async function loadFederation(prisma: TPrismaClient, federationId: string) {
  const federation = await findDashboardFederationWithVersion(prisma, federationId);
  if (!federation) throw new NotFoundError('Förbundet finns inte.');
  return {
    federation,
    thresholds: { low: federation.consumptionFlagLow, high: federation.consumptionFlagHigh },
    /** Read before every row (decision 014); no row yet counts as version 0. */
    version: federation.dashboardDataVersion?.version ?? 0,
  };
}

/**
 * GET /api/dashboard: the förbund's översikt for a period (default: the newest with data). Every
 * role of the förbund sees the totals, shares, kind counts and goal colours; a lead gets the
 * participant rows and goal answers only of interventions assigned to them (DOMAIN.md §6).
 */
export async function getOverviewDashboard(
  prisma: TPrismaClient,
  user: TSessionUser,
  requestedPeriod: string | undefined,
): Promise<TDashboardOverview> {
  const { federation, thresholds, version } = await loadFederation(prisma, user.federationId);
  const interventions = await listDashboardInterventions(prisma, federation.id);
  const scope = { federationId: federation.id };
  const [periods, plans, metrics] = await Promise.all([
    loadPeriods(prisma, scope, true),
    listEconomicPlans(prisma, federation.id),
    listDashboardFederationMetrics(prisma, federation.id),
  ]);
  const range = resolveDashboardPeriod(requestedPeriod, periods.storedPeriods);
  const mayOpen = (id: string) => maySeeDashboardDetails(user, id);
  const plan = pickEconomicPlanForPeriod(
    plans.map((p) => ({
      plan: p,
      asOfDate: toIsoDate(p.asOfDate),
      columnYears: p.columns.map((c) => c.year),
    })),
    range,
  )?.plan;
  const [targets, reports, rows] = await Promise.all([
    listDashboardTargets(prisma, federation.id, range.year),
    loadGoalReports(prisma, scope, range.year),
    loadRows(prisma, scope, true, [range.year]),
  ]);

  // Targets and kind counts are summaries: built from every intervention's goal colour.
  const summaries = interventions.map((i) => toInterventionSummary(i, reports, range));
  // What the user sees is the same summary where they may see the details (board, office: all).
  const shown = interventions.map((i, n) =>
    maySeeDashboardDetails(user, i.id)
      ? summaries[n]!
      : toInterventionSummary(i, reports, range, false),
  );
  const money = buildMoney(interventions, rows.money, range, thresholds, mayOpen);
  const participants = buildParticipants(interventions, rows.participants, range, true, mayOpen);
  const trend = await loadTrend(prisma, {
    federationId: federation.id,
    version,
    scope: '',
    interventions,
    range,
    available: periods.storedPeriods,
    thresholds,
    money: rows.money,
    participants: rows.participants,
    loadYears: (years) => loadRows(prisma, scope, true, years),
  });
  return {
    federation: { id: federation.id, key: federation.key, name: federation.name },
    period: toPeriodDto(range, periods.stored, periods.available),
    availablePeriods: periods.available,
    targets: buildTargets(targets, {
      participants,
      money,
      interventions: summaries,
      federationMetrics: metrics.filter((m) => m.period === range.period),
      periodCoversYear: range.startMonth === 1 && range.endMonth === 12,
    }),
    money,
    interventions: shown,
    kinds: countKinds(summaries),
    participants,
    headroom: buildHeadroom(plan ?? null, range.year),
    trend,
  };
}

/** GET /api/municipalities: the förbund's members, for navigation. */
export async function listMunicipalities(
  prisma: TPrismaClient,
  user: TSessionUser,
): Promise<TDashboardMunicipalityList> {
  const members = await listDashboardMembers(prisma, user.federationId);
  return {
    members: members.map((member) => ({
      ...toMemberRef(member),
      interventionCount: member._count.ownedInterventions,
    })),
  };
}

/**
 * GET /api/municipalities/:id/dashboard: one member's interventions (it is the huvudinsatsägare)
 * for a period, and their development over earlier periods of the same kind. Förbund-level
 * figures are never attributed to a member. A lead gets participant rows and goal answers only of
 * interventions assigned to them, as on the översikt.
 */
export async function getMunicipalityDashboard(
  prisma: TPrismaClient,
  user: TSessionUser,
  idOrKey: string,
  requestedPeriod: string | undefined,
): Promise<TDashboardMunicipality> {
  const member = await findDashboardMember(prisma, user.federationId, idOrKey);
  if (!member) throw new NotFoundError('Medlemmen finns inte.');
  const { thresholds, version } = await loadFederation(prisma, user.federationId);
  const interventions = await listDashboardInterventions(prisma, user.federationId, member.id);
  const scope = { federationId: user.federationId, ownerId: member.id };
  const periods = await loadPeriods(prisma, scope, false);
  const range = resolveDashboardPeriod(requestedPeriod, periods.storedPeriods);
  const [reports, rows] = await Promise.all([
    loadGoalReports(prisma, scope, range.year),
    loadRows(prisma, scope, false, [range.year]),
  ]);
  const trend = await loadTrend(prisma, {
    federationId: user.federationId,
    version,
    scope: member.id,
    interventions,
    range,
    available: periods.storedPeriods,
    thresholds,
    money: rows.money,
    participants: rows.participants,
    loadYears: (years) => loadRows(prisma, scope, false, years),
  });
  const mayOpen = (id: string) => maySeeDashboardDetails(user, id);
  return {
    member: toMemberRef(member),
    period: toPeriodDto(range, periods.stored, periods.available),
    availablePeriods: periods.available,
    interventions: interventions.map((i) =>
      toInterventionSummary(i, reports, range, mayOpen(i.id)),
    ),
    money: buildMoney(interventions, rows.money, range, thresholds, mayOpen),
    participants: buildParticipants(interventions, rows.participants, range, false, (id) =>
      maySeeDashboardDetails(user, id),
    ),
    trend,
  };
}
