import { useQuery, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-error.ts';
import { setCsrfToken } from '../../../lib/csrf-token.ts';
import { authQueryKeys } from '../../../lib/queries/auth/auth-query-keys.ts';

/**
 * A read answered 401 while the app believed someone was signed in: the session has ended (timed
 * out, or ended elsewhere). Forget the user, so every `RequireSession` sends the reader to the
 * login page with the address they were on, and remember why, so the login page can say so.
 * Called for failed queries only: a failed save keeps its form (and the typed draft) on screen.
 */
export function endSessionOnUnauthorized(queryClient: QueryClient, error: unknown): void {
  if (!isApiError(error) || error.status !== 401) return;
  if (!queryClient.getQueryData(authQueryKeys.me())) return;
  setCsrfToken(null);
  queryClient.setQueryData(authQueryKeys.ended(), true);
  queryClient.setQueryData(authQueryKeys.me(), null);
}

/** Whether the last session ended by itself (for the login page's notice). */
export function useSessionEnded(): boolean {
  const query = useQuery({
    queryKey: authQueryKeys.ended(),
    queryFn: () => false,
    initialData: false,
    staleTime: Infinity,
  });
  return query.data;
}
