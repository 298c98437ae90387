import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZDashboardMunicipality, type TDashboardMunicipality } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { municipalityQueryKeys } from './municipality-query-keys.ts';

/** GET /api/municipalities/:id/dashboard?period=…: one member's interventions (id or key). */
export function getMunicipalityDashboard(
  id: string,
  period: string | null,
  signal?: AbortSignal,
): Promise<TDashboardMunicipality> {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return apiRequest(`/municipalities/${encodeURIComponent(id)}/dashboard${query}`, {
    schema: ZDashboardMunicipality,
    signal,
  });
}

export const municipalityDashboardQueryOptions = (id: string, period: string | null) =>
  queryOptions({
    queryKey: municipalityQueryKeys.dashboard(id, period),
    queryFn: ({ signal }) => getMunicipalityDashboard(id, period, signal),
    placeholderData: (previous, previousQuery) =>
      // Only keep showing the same municipality while another period loads.
      previousQuery?.queryKey[2] === id ? previous : undefined,
  });

export function useMunicipalityDashboard(id: string, period: string | null) {
  return useQuery(municipalityDashboardQueryOptions(id, period));
}
