import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error.ts';

/**
 * One query client for the app. A 4xx answer will not change by asking again, so only network
 * and server failures are retried (twice).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
