import { QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
  type To,
} from 'react-router';
import { createQueryClient } from '../app/query-client.ts';
import { AppRoutes } from '../app/app.tsx';

/**
 * Renders the real app (routes, layout, queries) at `path` in memory, with the app's query client
 * (its session handling included) that does not retry, so an error state shows at once. `router`
 * reads the address shown and navigates, as a reader's browser would.
 */
export function renderRoute(path: string) {
  const queryClient = createQueryClient({
    queries: { retry: false, staleTime: Infinity },
    mutations: { retry: false },
  });
  const { router, probe } = testRouter();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        {probe}
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

/** The address a test's router shows, and navigation as from the browser's history. */
export interface TTestRouter {
  readonly state: { location: Location };
  navigate(to: To | number): Promise<void>;
}

/** A `TTestRouter` and the element that connects it: render `probe` inside the router. */
export function testRouter(): { router: TTestRouter; probe: ReactNode } {
  let location: Location | undefined;
  let navigate: NavigateFunction | undefined;
  function Probe() {
    location = useLocation();
    navigate = useNavigate();
    return null;
  }
  const router: TTestRouter = {
    get state() {
      if (!location) throw new Error('The router has not rendered yet.');
      return { location };
    },
    async navigate(to) {
      if (!navigate) throw new Error('The router has not rendered yet.');
      const go = navigate;
      await act(async () => {
        if (typeof to === 'number') await go(to);
        else await go(to);
      });
    },
  };
  return { router, probe: <Probe /> };
}
