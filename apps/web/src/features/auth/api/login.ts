import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSessionResponse, type TLoginInput, type TSessionResponse } from '@finsam/domain';
import { apiRequest } from '../../../lib/api-client.ts';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { authQueryKeys } from '../../../lib/queries/auth/auth-query-keys.ts';

/** POST /api/auth/login: starts a session; the cookie is set by the API. */
export async function login(input: TLoginInput): Promise<TSessionResponse> {
  const session = await apiRequest('/auth/login', {
    method: 'POST',
    body: input,
    schema: ZSessionResponse,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/** Logs in and puts the new session where `useMe` reads it. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Another user's cached dashboards must never show: start from an empty cache.
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== authQueryKeys.all[0],
      });
      queryClient.setQueryData(authQueryKeys.ended(), false);
      queryClient.setQueryData(authQueryKeys.me(), session);
    },
  });
}
