import type {
  TConsumptionFlagThresholds,
  TDashboardTrendPoint,
  TPeriodRange,
} from '@finsam/domain';
import type { TDashboardInterventionRow } from '../repositories/dashboard-data-repository.ts';
import { buildMoneyTotal, sortForMoneyTotal, type TMoneyIndex } from './dashboard-money-service.ts';
import {
  computeParticipantTotals,
  toOutcomeSharesDto,
  type TParticipantIndex,
} from './dashboard-participants-service.ts';
import { toGenderCountsDto } from './dashboard-dto.ts';
import { listTrendPeriods } from './dashboard-period-service.ts';

/**
 * The same figures for every period of the shown kind with data up to the shown one (2022H1 and
 * 2024H1 for 2024H1), oldest first — computed in memory from rows already loaded. Each point is
 * what the page's own blocks would show for that period (the money total, the participant
 * totals and shares), computed without building the blocks' rows (issue 16: the rows were most of
 * the trend's cost).
 */
export function buildTrend(
  interventions: readonly TDashboardInterventionRow[],
  money: TMoneyIndex,
  participants: TParticipantIndex,
  range: TPeriodRange,
  available: readonly string[],
  thresholds: TConsumptionFlagThresholds,
  federationLevel: boolean,
): TDashboardTrendPoint[] {
  const sorted = sortForMoneyTotal(interventions);
  return listTrendPeriods(range, available).map((period) => {
    const { totals } = computeParticipantTotals(
      interventions,
      participants,
      period,
      federationLevel,
    );
    return {
      period: period.period,
      isCurrent: period.period === range.period,
      money: buildMoneyTotal(sorted, money, period, thresholds),
      registered: toGenderCountsDto(totals.REGISTERED),
      ended: toGenderCountsDto(totals.ENDED),
      ongoing: toGenderCountsDto(totals.ONGOING),
      outcomes: toOutcomeSharesDto(totals),
    };
  });
}
