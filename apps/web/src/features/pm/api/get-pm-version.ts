import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPmPublication, type TPmPublication } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { pmQueryKeys } from './pm-query-keys.ts';

/** GET /api/pm/:period/versions/:version: one published, frozen version. */
export function getPmVersion(
  period: string,
  version: number,
  signal?: AbortSignal,
): Promise<TPmPublication> {
  return apiRequest(`/pm/${encodeURIComponent(period)}/versions/${version}`, {
    schema: ZPmPublication,
    signal,
  });
}

export const pmVersionQueryOptions = (period: string, version: number) =>
  queryOptions({
    queryKey: pmQueryKeys.version(period, version),
    queryFn: ({ signal }) => getPmVersion(period, version, signal),
    // A published version never changes.
    staleTime: Infinity,
  });

export function usePmVersion(period: string, version: number) {
  return useQuery(pmVersionQueryOptions(period, version));
}
