import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { authQueryKeys } from './auth-query-keys.ts';

/** POST /api/auth/logout: ends the session (utloggning). */
export async function logout(): Promise<void> {
  await apiRequest('/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

/** Logs out and forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(authQueryKeys.me(), null);
    },
  });
}
