import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZSessionResponse, type TSessionResponse } from '@finsam/domain';
import { apiRequest } from '../../api-client.ts';
import { isApiError } from '../../api-error.ts';
import { setCsrfToken } from '../../csrf-token.ts';
import { authQueryKeys } from './auth-query-keys.ts';

/** GET /api/auth/me: the signed-in user, or null when there is no session (401). */
export async function getMe(signal?: AbortSignal): Promise<TSessionResponse | null> {
  try {
    const session = await apiRequest('/auth/me', { schema: ZSessionResponse, signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authQueryKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

/** The session of the signed-in user (null: not signed in). */
export function useMe() {
  return useQuery(meQueryOptions());
}

/**
 * The session as the server sees it now: asked again on every mount, so a page that decides on
 * it (the login page: "already signed in → go on") never trusts a cached user whose session has
 * ended. `isChecking` is true until that answer is in.
 */
export function useCurrentSession() {
  const query = useQuery({ ...meQueryOptions(), staleTime: 0, refetchOnMount: 'always' });
  return { ...query, isChecking: query.isFetching };
}
