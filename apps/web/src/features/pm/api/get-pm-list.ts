import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPmList, type TPmList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { pmQueryKeys } from './pm-query-keys.ts';

/** GET /api/pm: every published PM of the förbund, newest period first, newest version first. */
export function getPmList(signal?: AbortSignal): Promise<TPmList> {
  return apiRequest('/pm', { schema: ZPmList, signal });
}

export const pmListQueryOptions = () =>
  queryOptions({ queryKey: pmQueryKeys.list(), queryFn: ({ signal }) => getPmList(signal) });

export function usePmList() {
  return useQuery(pmListQueryOptions());
}
