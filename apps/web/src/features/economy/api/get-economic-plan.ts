import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZEconomicPlan, type TEconomicPlan } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

/** GET /api/economic-plans/by-id/:id: one saved plan as it stood on its date. */
export function getEconomicPlan(id: string, signal?: AbortSignal): Promise<TEconomicPlan> {
  return apiRequest(`/economic-plans/by-id/${encodeURIComponent(id)}`, {
    schema: ZEconomicPlan,
    signal,
  });
}

export const economicPlanQueryOptions = (id: string) =>
  queryOptions({
    queryKey: economyQueryKeys.planById(id),
    queryFn: ({ signal }) => getEconomicPlan(id, signal),
  });

export function useEconomicPlan(id: string | undefined) {
  return useQuery({ ...economicPlanQueryOptions(id ?? ''), enabled: Boolean(id) });
}
