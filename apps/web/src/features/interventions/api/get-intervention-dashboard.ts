import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZDashboardIntervention, type TDashboardIntervention } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { interventionQueryKeys } from '../../../lib/queries/interventions/intervention-query-keys.ts';

/** GET /api/interventions/:id/dashboard?period=…: one intervention over time (id or key). */
export function getInterventionDashboard(
  id: string,
  period: string | null,
  signal?: AbortSignal,
): Promise<TDashboardIntervention> {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return apiRequest(`/interventions/${encodeURIComponent(id)}/dashboard${query}`, {
    schema: ZDashboardIntervention,
    signal,
  });
}

export const interventionDashboardQueryOptions = (id: string, period: string | null) =>
  queryOptions({
    queryKey: interventionQueryKeys.dashboard(id, period),
    queryFn: ({ signal }) => getInterventionDashboard(id, period, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });

export function useInterventionDashboard(id: string, period: string | null) {
  return useQuery(interventionDashboardQueryOptions(id, period));
}
