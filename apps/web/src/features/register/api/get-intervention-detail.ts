import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInterventionDetail, type TInterventionDetail } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { registerQueryKeys } from './register-query-keys.ts';

/** GET /api/interventions/:id: the facts the register edits. */
export function getInterventionDetail(
  id: string,
  signal?: AbortSignal,
): Promise<TInterventionDetail> {
  return apiRequest(`/interventions/${encodeURIComponent(id)}`, {
    schema: ZInterventionDetail,
    signal,
  });
}

export const interventionDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: registerQueryKeys.detail(id),
    queryFn: ({ signal }) => getInterventionDetail(id, signal),
  });

export function useInterventionDetail(id: string) {
  return useQuery(interventionDetailQueryOptions(id));
}
