import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZUserList, type TUserList } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { userQueryKeys } from './user-query-keys.ts';

/** GET /api/users (admin): the förbund's accounts, sorted on e-mail. */
export function getUsers(signal?: AbortSignal): Promise<TUserList> {
  return apiRequest('/users', { schema: ZUserList, signal });
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: userQueryKeys.list(),
    queryFn: ({ signal }) => getUsers(signal),
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
