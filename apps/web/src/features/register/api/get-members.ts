import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZDashboardMunicipalityList, type TDashboardMunicipalityList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { registerQueryKeys } from './register-query-keys.ts';

/** GET /api/municipalities: the förbund's members, to choose owner and partners from. */
export function getMembers(signal?: AbortSignal): Promise<TDashboardMunicipalityList> {
  return apiRequest('/municipalities', { schema: ZDashboardMunicipalityList, signal });
}

export const membersQueryOptions = () =>
  queryOptions({
    queryKey: registerQueryKeys.members(),
    queryFn: ({ signal }) => getMembers(signal),
  });

export function useMembers() {
  return useQuery(membersQueryOptions());
}
