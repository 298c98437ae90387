import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInterventionHistory, type TInterventionHistory } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reviewQueryKeys } from './review-query-keys.ts';

/** GET /api/interventions/:id/history: every report version, decision and comment, newest first. */
export function getInterventionHistory(
  interventionId: string,
  signal?: AbortSignal,
): Promise<TInterventionHistory> {
  return apiRequest(`/interventions/${encodeURIComponent(interventionId)}/history`, {
    schema: ZInterventionHistory,
    signal,
  });
}

export const interventionHistoryQueryOptions = (interventionId: string) =>
  queryOptions({
    queryKey: reviewQueryKeys.history(interventionId),
    queryFn: ({ signal }) => getInterventionHistory(interventionId, signal),
  });

export function useInterventionHistory(interventionId: string) {
  return useQuery(interventionHistoryQueryOptions(interventionId));
}
