import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZDashboardMunicipalityList, type TDashboardMunicipalityList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { municipalityQueryKeys } from './municipality-query-keys.ts';

/** GET /api/municipalities: the förbund's members (medlemmar), for navigation. */
export function getMunicipalities(signal?: AbortSignal): Promise<TDashboardMunicipalityList> {
  return apiRequest('/municipalities', { schema: ZDashboardMunicipalityList, signal });
}

export const municipalitiesQueryOptions = () =>
  queryOptions({
    queryKey: municipalityQueryKeys.list(),
    queryFn: ({ signal }) => getMunicipalities(signal),
    staleTime: 10 * 60_000,
  });

export function useMunicipalities() {
  return useQuery(municipalitiesQueryOptions());
}
