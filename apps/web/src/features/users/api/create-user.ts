import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZUser, type TUser, type TUserCreateInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { userQueryKeys } from './user-query-keys.ts';

/** POST /api/users (admin): creates an account; 400 with field messages, e.g. a taken e-mail. */
export function createUser(input: TUserCreateInput): Promise<TUser> {
  return apiRequest('/users', { method: 'POST', body: input, schema: ZUser });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueryKeys.list() }),
  });
}
