import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZUser, type TUser, type TUserUpdateInput } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { userQueryKeys } from './user-query-keys.ts';

export interface TUpdateUserVariables {
  id: string;
  input: TUserUpdateInput;
}

/**
 * PATCH /api/users/:id (admin): role, name, active, interventions or a new password, based on
 * `input.version`; a 409 means someone else saved the account in between.
 */
export function updateUser({ id, input }: TUpdateUserVariables): Promise<TUser> {
  return apiRequest(`/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
    schema: ZUser,
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueryKeys.list() }),
  });
}
