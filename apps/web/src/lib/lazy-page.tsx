import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { TRole } from '@finsam/domain';

/** What a route may carry for the menu prefetch (app/prefetch-pages.ts). */
export interface TPageHandle {
  /** A branch open to some roles only (routes.tsx's `forRoles`): the prefetch skips it for others. */
  roles?: readonly TRole[];
  /** Loads the page's chunk (the same import the page's `React.lazy` makes). */
  preload?: () => Promise<unknown>;
}

/**
 * A page in its own chunk (decision 011), loaded on first visit: `React.lazy` under the router's
 * Suspense boundary (routes.tsx). The router wraps every navigation in a transition, so the
 * old page stays on screen until the new chunk has arrived, as the data router did (decision
 * 023). `handle.preload` is the same import for the menu prefetch; the module loader caches it.
 */
export function lazyPage(
  load: () => Promise<ComponentType>,
): Required<Pick<RouteObject, 'element' | 'handle'>> {
  const Page = lazy(async () => ({ default: await load() }));
  const handle: TPageHandle = { preload: load };
  return { element: <Page />, handle };
}
