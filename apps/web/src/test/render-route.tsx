import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/routes.tsx';

/**
 * Renders the real app (routes, layout, queries) at `path` in memory, with the app's query client
 * (its session handling included) that does not retry, so an error state shows at once.
 */
export function renderRoute(path: string) {
  const queryClient = createQueryClient({
    queries: { retry: false, staleTime: Infinity },
    mutations: { retry: false },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
