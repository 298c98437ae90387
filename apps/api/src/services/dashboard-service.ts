import { gzipSync } from 'node:zlib';
import type { TPrismaClient } from '@finsam/db';
import type {
  TDashboardMunicipality,
  TDashboardMunicipalityList,
  TDashboardOverview,
  TSessionUser,
} from '@finsam/domain';
import type { TPeriodRange } from '@finsam/domain';
import { listPeriodsWithData, parsePeriod, pickEconomicPlanForPeriod } from '@finsam/domain';
import { NotFoundError } from '../http/errors.ts';
import { maySeeDashboardDetails, maySeeEveryDashboardDetail } from './access-service.ts';
import { codeRevision } from './code-revision.ts';
import {
  listDashboardYearRows,
  readDashboardHead,
  readDashboardHeadAndYear,
  readDashboardYear,
} from '../repositories/dashboard-data-repository.ts';
import {
  findDashboardAnswer,
  saveDashboardAnswer,
} from '../repositories/dashboard-answer-repository.ts';
import type { TStoredAnswer } from '../repositories/dashboard-answer-repository.ts';
import {
  findDashboardMember,
  listDashboardMembers,
} from '../repositories/dashboard-member-repository.ts';
import { toIsoDate, toMemberRef, toPeriodDto } from './dashboard-dto.ts';
import { countKinds, indexGoalReports, toInterventionSummary } from './dashboard-goal-service.ts';
import { buildHeadroom } from './dashboard-headroom-service.ts';
import { buildMoney, indexMoney } from './dashboard-money-service.ts';
import { buildParticipants, indexParticipants } from './dashboard-participants-service.ts';
import { listAvailablePeriods, resolveDashboardPeriod } from './dashboard-period-service.ts';
import { buildTargets } from './dashboard-target-service.ts';
import { earlierTrendPeriods, loadTrend } from './dashboard-trend-service.ts';

export type { TStoredAnswer };

/**
 * The period asked for, or null when its text is not a period: then the two-statement path
 * reads the head first and resolveDashboardPeriod throws as it always did.
 */
function tryParsePeriod(period: string): TPeriodRange | null {
  try {
    return parsePeriod(period);
  } catch {
    return null;
  }
}

/**
 * The stored periods of a set of interventions (grouped in SQL, not every year's rows): the
 * default period, the period picker, the coverage and the trend's periods.
 */
function toPeriods(stored: { period: string }[]) {
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
 * The money and participant rows of a set of interventions of some years (the trend's uncached
 * ones), indexed, in one query whatever the number of rows.
 */
async function loadRows(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  federationLevel: boolean,
  years: number[],
) {
  return indexRows(await listDashboardYearRows(prisma, scope, federationLevel, years));
}

function indexRows(rows: Awaited<ReturnType<typeof listDashboardYearRows>>) {
  return {
    money: indexMoney(rows.budgets, rows.outcomes),
    participants: indexParticipants(rows.figures),
  };
}

/**
 * What a dashboard reads (decision 014, round 2): the förbund (its version read before every
 * row), the interventions, the stored periods and (Överblick) the plans; then, once the period is
 * known, the year's rows, goal reports, (Överblick) targets and results, and the trend's cached
 * points. A period asked for is known before any row is read, so both come in one statement
 * (decision 017); the default period needs the stored periods first, so two.
 */
async function loadDashboard(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  requestedPeriod: string | undefined,
  overview: boolean,
) {
  const headOptions = { includeFederationLevel: overview, withPlans: overview };
  const trendScope = scope.ownerId ?? '';
  const asked = requestedPeriod ? tryParsePeriod(requestedPeriod) : null;
  const read = asked
    ? await readDashboardHeadAndYear(prisma, scope, {
        ...headOptions,
        year: asked.year,
        ...(overview ? { targetsOfPeriod: asked.period } : {}),
        trend: { scope: trendScope },
      })
    : null;
  const head = read?.head ?? (await readDashboardHead(prisma, scope, headOptions));
  const { federation } = head;
  if (!federation) throw new NotFoundError('Förbundet finns inte.');
  const periods = toPeriods(head.stored);
  const range = resolveDashboardPeriod(requestedPeriod, periods.storedPeriods);
  // No version row yet counts as version 0.
  const version = federation.version ?? 0;
  const year =
    read?.year ??
    (await readDashboardYear(prisma, scope, {
      includeFederationLevel: overview,
      year: range.year,
      ...(overview ? { targetsOfPeriod: range.period } : {}),
      trend: {
        scope: trendScope,
        version,
        periods: earlierTrendPeriods(range, periods.storedPeriods),
      },
    }));
  return {
    federation,
    thresholds: { low: federation.consumptionFlagLow, high: federation.consumptionFlagHigh },
    version,
    interventions: head.interventions,
    plans: head.plans ?? [],
    periods,
    range,
    year,
    rows: indexRows(year),
    reports: indexGoalReports(year.reports),
  };
}

/**
 * The trend of Överblick (scope: the förbund, förbund-level figures count) or Kommun (scope: one
 * owner, they never do), from what loadDashboard read: the trend cache's scope is '' or the
 * member id.
 */
function loadDashboardTrend(
  prisma: TPrismaClient,
  scope: { federationId: string; ownerId?: string },
  loaded: Awaited<ReturnType<typeof loadDashboard>>,
) {
  const federationLevel = scope.ownerId === undefined;
  return loadTrend(prisma, {
    federationId: scope.federationId,
    version: loaded.version,
    scope: scope.ownerId ?? '',
    interventions: loaded.interventions,
    range: loaded.range,
    available: loaded.periods.storedPeriods,
    thresholds: loaded.thresholds,
    money: loaded.rows.money,
    participants: loaded.rows.participants,
    cached: loaded.year.points,
    loadYears: (years) => loadRows(prisma, scope, federationLevel, years),
  });
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
  return (await computeOverviewDashboard(prisma, user, requestedPeriod)).answer;
}

/** A computed answer and whether it may be stored. */
interface TComputedAnswer<T> {
  answer: T;
  cacheable: boolean;
}

/**
 * A dashboard as the API sends it: its JSON text, or the same gzip-compressed for a client that
 * accepts it (`gzip`). For a user who sees every detail (the board, the office: the same answer
 * for all of them) it is cached in the database (decision 019; Kommun and the stored gzip since
 * decision 024): valid while nothing it was computed from has been written since (the förbund's
 * data version) and the code is the same (codeRevision); a hit is one statement. A lead's answer
 * depends on their assignments and is computed each time.
 */
async function cachedAnswer<T>(
  prisma: TPrismaClient,
  user: TSessionUser,
  cache: { scope: string; period: string | undefined; gzip: boolean },
  compute: () => Promise<TComputedAnswer<T>>,
): Promise<TStoredAnswer> {
  if (!maySeeEveryDashboardDetail(user)) return { json: JSON.stringify((await compute()).answer) };
  const key = {
    federationId: user.federationId,
    scope: cache.scope,
    period: cache.period ?? '',
    revision: codeRevision(),
  };
  // The version is read before the rows of a computed answer, which is stored under it.
  const { version, answer: stored } = await findDashboardAnswer(prisma, key, cache.gzip);
  if (stored !== null) return stored;
  const { answer, cacheable } = await compute();
  const json = JSON.stringify(answer);
  if (!cacheable) return { json };
  // Compressed once here, at zlib's default level: every hit after it sends these bytes.
  const gzip = gzipSync(json);
  await saveDashboardAnswer(prisma, key, version, { json, gzip });
  return cache.gzip ? { gzip } : { json };
}

/**
 * Whether an answer for `requestedPeriod` is stored: the default period when there is data
 * (without any, it is this calendar year), and a period of the picker asked for as it spells it
 * — not every text parsePeriod accepts, so the entries stay as few as the periods with data.
 */
function isCacheable(
  requestedPeriod: string | undefined,
  loaded: Pick<Awaited<ReturnType<typeof loadDashboard>>, 'range' | 'periods'>,
) {
  return requestedPeriod
    ? requestedPeriod === loaded.range.period && loaded.periods.available.includes(requestedPeriod)
    : loaded.periods.storedPeriods.length > 0;
}

/** GET /api/dashboard as the API sends it (cached: cachedAnswer). */
export function getOverviewDashboardAnswer(
  prisma: TPrismaClient,
  user: TSessionUser,
  requestedPeriod: string | undefined,
  gzip: boolean,
): Promise<TStoredAnswer> {
  return cachedAnswer(prisma, user, { scope: '', period: requestedPeriod, gzip }, () =>
    computeOverviewDashboard(prisma, user, requestedPeriod),
  );
}

/** Överblick and whether it may be stored. */
async function computeOverviewDashboard(
  prisma: TPrismaClient,
  user: TSessionUser,
  requestedPeriod: string | undefined,
): Promise<TComputedAnswer<TDashboardOverview>> {
  const scope = { federationId: user.federationId };
  const loaded = await loadDashboard(prisma, scope, requestedPeriod, true);
  const { federation, thresholds, interventions, periods, range, reports, rows } = loaded;
  const mayOpen = (id: string) => maySeeDashboardDetails(user, id);
  const plan = pickEconomicPlanForPeriod(
    loaded.plans.map((p) => ({
      plan: p,
      asOfDate: toIsoDate(p.asOfDate),
      columnYears: p.columns.map((c) => c.year),
    })),
    range,
  )?.plan;
  const targets = loaded.year.targets ?? [];
  const metrics = loaded.year.metrics ?? [];

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
  const trend = await loadDashboardTrend(prisma, scope, loaded);
  const answer: TDashboardOverview = {
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
  return { answer, cacheable: isCacheable(requestedPeriod, loaded) };
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
 * GET /api/municipalities/:id/dashboard as the API sends it (cached: cachedAnswer), keyed by the
 * member's id or key as asked. A member that does not exist answers 404 from the computation and
 * is never stored.
 */
export function getMunicipalityDashboardAnswer(
  prisma: TPrismaClient,
  user: TSessionUser,
  idOrKey: string,
  requestedPeriod: string | undefined,
  gzip: boolean,
): Promise<TStoredAnswer> {
  const cache = { scope: `member:${idOrKey}`, period: requestedPeriod, gzip };
  return cachedAnswer(prisma, user, cache, () =>
    computeMunicipalityDashboard(prisma, user, idOrKey, requestedPeriod),
  );
}

/**
 * One member's interventions (it is the huvudinsatsägare) for a period, and their development
 * over earlier periods of the same kind. Förbund-level figures are never attributed to a member.
 * A lead gets participant rows and goal answers only of interventions assigned to them, as on the
 * översikt.
 */
async function computeMunicipalityDashboard(
  prisma: TPrismaClient,
  user: TSessionUser,
  idOrKey: string,
  requestedPeriod: string | undefined,
): Promise<TComputedAnswer<TDashboardMunicipality>> {
  const member = await findDashboardMember(prisma, user.federationId, idOrKey);
  if (!member) throw new NotFoundError('Medlemmen finns inte.');
  const scope = { federationId: user.federationId, ownerId: member.id };
  const loaded = await loadDashboard(prisma, scope, requestedPeriod, false);
  const { thresholds, interventions, periods, range, reports, rows } = loaded;
  const trend = await loadDashboardTrend(prisma, scope, loaded);
  const mayOpen = (id: string) => maySeeDashboardDetails(user, id);
  const answer: TDashboardMunicipality = {
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
  return { answer, cacheable: isCacheable(requestedPeriod, loaded) };
}
