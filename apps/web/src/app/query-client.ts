import { QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { endSessionOnUnauthorized } from '../features/auth/api/session-ended.ts';
import { isApiError } from '../lib/api-error.ts';

/**
 * One query client for the app. A 4xx answer will not change by asking again, so only network
 * and server failures are retried (twice). A read that answers 401 ends the session in the
 * browser too (see `endSessionOnUnauthorized`), so an expired session leads to the login page
 * instead of an alert that no link gets out of. Tests pass their own defaults (no retries).
 */
export function createQueryClient(defaults?: DefaultOptions): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => endSessionOnUnauthorized(queryClient, error),
    }),
    defaultOptions: defaults ?? {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
