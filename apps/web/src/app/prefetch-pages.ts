import type { QueryClient } from '@tanstack/react-query';
import type { TRole } from '@finsam/domain';
import type { RouteObject } from 'react-router';
import { authQueryKeys } from '../lib/queries/auth/auth-query-keys.ts';
import type { TPageHandle } from '../lib/lazy-page.tsx';

/**
 * The loaders of the pages a menu links to (every lazy page whose path has no parameter), for
 * loadOneAtATime once the browser is idle after sign-in. A navigation keeps the old page on
 * screen until the new page's chunk has arrived and run, so without this the first click on a
 * menu item waits for that chunk — seconds on a slow phone or a busy machine (decision 011). The
 * import is cached by the module loader: the page's own `React.lazy` later resolves at once.
 * Pages behind an id (/insatser/:id) load on first visit, and so do the pages of other roles (a
 * board member's browser has no use for the office's pages; issue 16).
 */
export function listMenuPageLoaders(
  routes: readonly RouteObject[],
  role?: TRole,
): (() => Promise<unknown>)[] {
  const loaders: (() => Promise<unknown>)[] = [];
  for (const route of routes) {
    if (route.path?.includes(':')) continue;
    const { roles, preload } = (route.handle ?? {}) as TPageHandle;
    if (role && roles && !roles.includes(role)) continue;
    if (preload) loaders.push(preload);
    if (route.children) loaders.push(...listMenuPageLoaders(route.children, role));
  }
  return loaders;
}

/**
 * Runs the loaders one at a time, each in an idle moment after the previous one has loaded: all
 * at once, their module preloads and evaluation made one 65–230 ms task on a throttled phone
 * right after the first page had appeared (issue 16). A loader that fails is left to the visit.
 * Nothing further starts once `signal` is aborted (the frame that asked is gone).
 */
export function loadOneAtATime(
  loaders: readonly (() => Promise<unknown>)[],
  signal?: AbortSignal,
): void {
  const [first, ...rest] = loaders;
  if (!first || signal?.aborted) return;
  whenIdle(() => {
    if (signal?.aborted) return;
    void first()
      .catch(() => undefined)
      .then(() => loadOneAtATime(rest, signal));
  });
}

/** Runs `task` when the browser is idle (at the latest after `timeout` ms). */
export function whenIdle(task: () => void, timeout = 300): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(task, { timeout });
  else window.setTimeout(task, 200);
}

/**
 * Runs `task` once, when the session is known and no query is fetching any more, checked again
 * when the browser is idle: the signed-in page's own data (which it asks for only once the session
 * is known) has arrived and been drawn. Never, once `signal` is aborted.
 */
export function whenPageSettled(client: QueryClient, task: () => void, signal?: AbortSignal): void {
  let done = false;
  const settled = () =>
    Boolean(client.getQueryData(authQueryKeys.me())) && client.isFetching() === 0;
  const unsubscribe = client.getQueryCache().subscribe(() => check());
  signal?.addEventListener('abort', () => {
    done = true;
    unsubscribe();
  });
  function check() {
    if (done || !settled()) return;
    whenIdle(() => {
      if (done || !settled()) return;
      done = true;
      unsubscribe();
      task();
    });
  }
  check();
}
