import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInterventionList, type TInterventionList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { registerQueryKeys } from './register-query-keys.ts';

/** GET /api/interventions: every intervention of the förbund, for the register's list. */
export function getRegisterList(signal?: AbortSignal): Promise<TInterventionList> {
  return apiRequest('/interventions', { schema: ZInterventionList, signal });
}

export const registerListQueryOptions = () =>
  queryOptions({
    queryKey: registerQueryKeys.list(),
    queryFn: ({ signal }) => getRegisterList(signal),
  });

export function useRegisterList() {
  return useQuery(registerListQueryOptions());
}
