import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { authQueryKeys } from '../../../lib/queries/auth/auth-query-keys.ts';

/**
 * POST /api/auth/logout: ends the session (utloggning). A 401 means it had already ended (timed
 * out): the reader is logged out either way, so that counts as done, not as a failure.
 */
export async function logout(): Promise<void> {
  try {
    await apiRequest('/auth/logout', { method: 'POST' });
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
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
