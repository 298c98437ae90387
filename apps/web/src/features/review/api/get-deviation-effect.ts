import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZDeviationEffectView, type TDeviationEffectView } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { reviewQueryKeys } from './review-query-keys.ts';

/**
 * GET /api/deviations/:id/effect: before a decision what approving would change (nothing is
 * applied), after an approval what it changed.
 */
export function getDeviationEffect(
  id: string,
  signal?: AbortSignal,
): Promise<TDeviationEffectView> {
  return apiRequest(`/deviations/${encodeURIComponent(id)}/effect`, {
    schema: ZDeviationEffectView,
    signal,
  });
}

export const deviationEffectQueryOptions = (id: string) =>
  queryOptions({
    queryKey: reviewQueryKeys.effect(id),
    queryFn: ({ signal }) => getDeviationEffect(id, signal),
  });

export function useDeviationEffect(id: string) {
  return useQuery(deviationEffectQueryOptions(id));
}
