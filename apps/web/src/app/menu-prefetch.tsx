import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@finsam/domain';
import { authQueryKeys } from '../lib/queries/auth/auth-query-keys.ts';
import { listMenuPageLoaders, loadOneAtATime, whenPageSettled } from './prefetch-pages.ts';
import { routes } from './routes.tsx';

/**
 * Loads the menu's pages in the background once a signed-in page is shown. Rendered inside the
 * pages' Suspense boundary (routes.tsx), so it mounts only when the first page's own chunk has
 * run: before that no query of the page is in flight and the page would look settled (the
 * menu's chunks were fetched before Överblick's first table; issue 16). Then it waits for the
 * page's data to arrive and be drawn (decision 016). Never on the login page: its JavaScript
 * stays small.
 */
export function MenuPrefetch() {
  const client = useQueryClient();
  useEffect(() => {
    // Stops with the frame (a logout, the end of a test): nothing loads for a page that is gone.
    const controller = new AbortController();
    whenPageSettled(
      client,
      () =>
        loadOneAtATime(
          listMenuPageLoaders(
            routes,
            client.getQueryData<TSessionResponse>(authQueryKeys.me())?.user.role,
          ),
          controller.signal,
        ),
      controller.signal,
    );
    return () => controller.abort();
  }, [client]);
  return null;
}
