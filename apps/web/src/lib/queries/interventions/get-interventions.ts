import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInterventionList, type TInterventionList } from '@finsam/domain';
import { apiRequest } from '../../api-client.ts';
import { interventionQueryKeys } from './intervention-query-keys.ts';

/** GET /api/interventions: every intervention of the förbund. */
export function getInterventions(signal?: AbortSignal): Promise<TInterventionList> {
  return apiRequest('/interventions', { schema: ZInterventionList, signal });
}

export const interventionsQueryOptions = () =>
  queryOptions({
    queryKey: interventionQueryKeys.list(),
    queryFn: ({ signal }) => getInterventions(signal),
    staleTime: 5 * 60_000,
  });

export function useInterventions() {
  return useQuery(interventionsQueryOptions());
}
