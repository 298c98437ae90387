import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZOutcomeGrid, type TOutcomeGrid } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { economyQueryKeys } from './economy-query-keys.ts';

/** GET /api/outcome-grids/:period (kansli): every intervention of the period as a row. */
export function getOutcomeGrid(period: string, signal?: AbortSignal): Promise<TOutcomeGrid> {
  return apiRequest(`/outcome-grids/${encodeURIComponent(period)}`, {
    schema: ZOutcomeGrid,
    signal,
  });
}

export const outcomeGridQueryOptions = (period: string) =>
  queryOptions({
    queryKey: economyQueryKeys.outcomeGrid(period),
    queryFn: ({ signal }) => getOutcomeGrid(period, signal),
  });

export function useOutcomeGrid(period: string) {
  return useQuery(outcomeGridQueryOptions(period));
}
