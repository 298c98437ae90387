import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInterventionList, type TInterventionList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { userQueryKeys } from './user-query-keys.ts';

/**
 * GET /api/interventions, as the admin needs it: the interventions a lead can be assigned to
 * (and the names in the users table). The admin may list interventions only for this
 * (ARCHITECTURE.md, access); kept in this feature so it does not reach into `interventions`.
 */
export function getAssignableInterventions(signal?: AbortSignal): Promise<TInterventionList> {
  return apiRequest('/interventions', { schema: ZInterventionList, signal });
}

export const assignableInterventionsQueryOptions = () =>
  queryOptions({
    queryKey: userQueryKeys.assignableInterventions(),
    queryFn: ({ signal }) => getAssignableInterventions(signal),
    staleTime: 5 * 60_000,
  });

export function useAssignableInterventions() {
  return useQuery(assignableInterventionsQueryOptions());
}
