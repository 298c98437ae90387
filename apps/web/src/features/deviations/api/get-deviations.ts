import { useQuery } from '@tanstack/react-query';
import { ZDeviationList, type TDeviationList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { deviationQueryKeys } from './deviation-query-keys.ts';

/** GET /api/interventions/:id/deviations: the intervention's avvikelser, newest first. */
export function getDeviations(
  interventionId: string,
  signal?: AbortSignal,
): Promise<TDeviationList> {
  return apiRequest(`/interventions/${encodeURIComponent(interventionId)}/deviations`, {
    schema: ZDeviationList,
    signal,
  });
}

export function useDeviations(interventionId: string) {
  return useQuery({
    queryKey: deviationQueryKeys.ofIntervention(interventionId),
    queryFn: ({ signal }) => getDeviations(interventionId, signal),
  });
}
