import type { TPrismaClient } from '@finsam/db';
import type {
  TConsumptionFlagThresholds,
  TDashboardTrendPoint,
  TPeriodRange,
} from '@finsam/domain';
import type { TDashboardInterventionRow } from '../repositories/dashboard-data-repository.ts';
import { saveTrendPoints } from '../repositories/dashboard-trend-repository.ts';
import { buildMoneyTotal, sortForMoneyTotal, type TMoneyIndex } from './dashboard-money-service.ts';
import {
  computeParticipantTotals,
  toOutcomeSharesDto,
  type TParticipantIndex,
} from './dashboard-participants-service.ts';
import { toGenderCountsDto } from './dashboard-dto.ts';
import { listTrendPeriods } from './dashboard-period-service.ts';

/** A trend point without the request's view of it (which one is current). */
type TStoredPoint = Omit<TDashboardTrendPoint, 'isCurrent'>;

/**
 * The cache's own revision: bump it when the calculation of a point or its shape changes. The
 * data version only follows writes to the inputs, so without this a deploy with a corrected
 * formula would go on serving points its predecessor computed; a point of another revision counts
 * as missing and is computed again (and overwritten).
 */
const TREND_POINT_REVISION = 1;

interface TCachedPoint {
  revision: number;
  point: TStoredPoint;
}

function readCachedPoint(json: unknown): TStoredPoint | null {
  const cached = json as Partial<TCachedPoint> | null;
  return cached?.revision === TREND_POINT_REVISION && cached.point ? cached.point : null;
}

/**
 * One trend point: what the page's own blocks would show for that period (the money total, the
 * participant totals and shares), computed without building the blocks' rows (issue 16: the rows
 * were most of the trend's cost). `sorted` comes from sortForMoneyTotal.
 */
function buildTrendPoint(
  sorted: readonly TDashboardInterventionRow[],
  money: TMoneyIndex,
  participants: TParticipantIndex,
  period: TPeriodRange,
  thresholds: TConsumptionFlagThresholds,
  federationLevel: boolean,
): TStoredPoint {
  const { totals } = computeParticipantTotals(sorted, participants, period, federationLevel);
  return {
    period: period.period,
    money: buildMoneyTotal(sorted, money, period, thresholds),
    registered: toGenderCountsDto(totals.REGISTERED),
    ended: toGenderCountsDto(totals.ENDED),
    ongoing: toGenderCountsDto(totals.ONGOING),
    outcomes: toOutcomeSharesDto(totals),
  };
}

function withCurrent(point: TStoredPoint, range: TPeriodRange): TDashboardTrendPoint {
  return {
    period: point.period,
    isCurrent: point.period === range.period,
    money: point.money,
    registered: point.registered,
    ended: point.ended,
    ongoing: point.ongoing,
    outcomes: point.outcomes,
  };
}

export interface TTrendInput {
  federationId: string;
  /** The förbund's dashboard data version, read before any row the points are computed from. */
  version: number;
  /** '' for Överblick (förbund-level figures count), else the member id (Kommun). */
  scope: string;
  interventions: readonly TDashboardInterventionRow[];
  range: TPeriodRange;
  /** Stored periods, newest first (listAvailablePeriods). */
  available: readonly string[];
  thresholds: TConsumptionFlagThresholds;
  /** The indexes of the shown period's year, already loaded for the page's own blocks. */
  money: TMoneyIndex;
  participants: TParticipantIndex;
  /**
   * The points of earlierTrendPeriods stored at `version`, read with the page's other rows of
   * its year (readDashboardYear, one statement).
   */
  cached: readonly { period: string; point: unknown }[];
  /** Loads the indexes of other years, for points not cached at `version`. */
  loadYears: (years: number[]) => Promise<{ money: TMoneyIndex; participants: TParticipantIndex }>;
}

/** The trend's periods of other years than the shown one: those a cached point is read for. */
export function earlierTrendPeriods(range: TPeriodRange, available: readonly string[]): string[] {
  return listTrendPeriods(range, available)
    .filter((p) => p.year !== range.year)
    .map((p) => p.period);
}

/**
 * The trend: the same figures for every period of the shown kind with data up to the shown one
 * (2022H1 and 2024H1 for 2024H1), oldest first, with the points of other years read from the
 * database cache (decision 014): a point depends only on the stored rows of its own year, the interventions and
 * the flag limits, all of which bump the förbund's data version when written. Points of the shown
 * year are computed from the rows the page has loaded anyway; a point of another year not cached
 * at the current version is computed from its year's rows and stored. Either way a point is the
 * same as computed from every year's rows in the request.
 */
export async function loadTrend(
  prisma: TPrismaClient,
  input: TTrendInput,
): Promise<TDashboardTrendPoint[]> {
  const { range, thresholds, scope } = input;
  const federationLevel = scope === '';
  const sorted = sortForMoneyTotal(input.interventions);
  const periods = listTrendPeriods(range, input.available);
  const earlier = periods.filter((p) => p.year !== range.year);
  const cached = new Map<string, TStoredPoint>();
  // Written only by saveTrendPoints below, from buildTrendPoint.
  for (const row of input.cached) {
    const point = readCachedPoint(row.point);
    if (point) cached.set(row.period, point);
  }
  const missing = earlier.filter((p) => !cached.has(p.period));
  if (missing.length > 0) {
    const other = await input.loadYears([...new Set(missing.map((p) => p.year))]);
    const computed = missing.map((p) =>
      buildTrendPoint(sorted, other.money, other.participants, p, thresholds, federationLevel),
    );
    await saveTrendPoints(
      prisma,
      input.federationId,
      scope,
      input.version,
      computed.map((point) => ({
        period: point.period,
        point: { revision: TREND_POINT_REVISION, point } satisfies TCachedPoint,
      })),
    );
    for (const point of computed) cached.set(point.period, point);
  }
  return periods.map((p) =>
    withCurrent(
      p.year === range.year
        ? buildTrendPoint(sorted, input.money, input.participants, p, thresholds, federationLevel)
        : cached.get(p.period)!,
      range,
    ),
  );
}
