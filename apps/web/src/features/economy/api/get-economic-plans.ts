import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZEconomicPlanList, type TEconomicPlanList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

/** GET /api/economic-plans: every saved plan with its date, newest first. */
export function getEconomicPlans(signal?: AbortSignal): Promise<TEconomicPlanList> {
  return apiRequest('/economic-plans', { schema: ZEconomicPlanList, signal });
}

export const economicPlansQueryOptions = () =>
  queryOptions({
    queryKey: economyQueryKeys.plans(),
    queryFn: ({ signal }) => getEconomicPlans(signal),
  });

export function useEconomicPlans() {
  return useQuery(economicPlansQueryOptions());
}
