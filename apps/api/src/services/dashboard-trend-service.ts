import type {
  TConsumptionFlagThresholds,
  TDashboardTrendPoint,
  TPeriodRange,
} from '@finsam/domain';
import type { TDashboardInterventionRow } from '../repositories/dashboard-data-repository.ts';
import { buildMoney, type TMoneyIndex } from './dashboard-money-service.ts';
import { buildParticipants, type TParticipantIndex } from './dashboard-participants-service.ts';
import { listTrendPeriods } from './dashboard-period-service.ts';

/**
 * The same figures for every period of the shown kind with data up to the shown one (2022H1 and
 * 2024H1 for 2024H1), oldest first — computed in memory from rows already loaded.
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
  return listTrendPeriods(range, available).map((period) => {
    const moneyBlock = buildMoney(interventions, money, period, thresholds);
    const people = buildParticipants(interventions, participants, period, federationLevel);
    return {
      period: period.period,
      isCurrent: period.period === range.period,
      money: moneyBlock.total,
      registered: people.totals.registered,
      ended: people.totals.ended,
      ongoing: people.totals.ongoing,
      outcomes: people.outcomes,
    };
  });
}
