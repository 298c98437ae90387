import { useEffect, useState } from 'react';
import type { TSessionResponse } from '@finsam/domain';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from './query-client.ts';
import { routes } from './routes.tsx';
import { listMenuPageLoaders, loadOneAtATime, whenPageSettled } from './prefetch-pages.ts';
import { authQueryKeys } from '../lib/queries/auth/auth-query-keys.ts';

/** The web app: one query client, the browser router over `routes`. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createBrowserRouter(routes));
  // Once a signed-in page is shown, the menu's pages load in the background (not on the login
  // page: its JavaScript stays small).
  useEffect(() => {
    let done = false;
    const prefetchWhenSignedIn = () => {
      if (done || router.state.location.pathname === '/logga-in') return;
      // Not before the first page's own chunk has run (`initialized`): until then no query of
      // that page is in flight, so the page would look settled (the menu's chunks were
      // fetched before Överblick's first table; issue 16).
      if (!router.state.initialized || router.state.navigation.state !== 'idle') return;
      done = true;
      // After the page's own data has arrived and been drawn: the chunks must not compete with the first table for the network and the main
      // thread (decision 016).
      const prefetch = () => {
        // Sent to the login page meanwhile (no session): wait for the next signed-in page.
        if (router.state.location.pathname === '/logga-in') done = false;
        else
          loadOneAtATime(
            listMenuPageLoaders(
              routes,
              client.getQueryData<TSessionResponse>(authQueryKeys.me())?.user.role,
            ),
          );
      };
      whenPageSettled(client, prefetch);
    };
    prefetchWhenSignedIn();
    return router.subscribe(prefetchWhenSignedIn);
  }, [router, client]);
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
