import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { TSessionResponse } from '@finsam/domain';
import { App } from './app.tsx';
import { createQueryClient } from './query-client.ts';
import { authQueryKeys } from '../lib/queries/auth/auth-query-keys.ts';

/**
 * Draws the signed-in app into `root`, loaded by the boot entry once a session exists (decision
 * 016). The session the boot entry already has is put where `useMe` reads it, so the app does
 * not ask /auth/me a second time.
 */
export function startApp(root: HTMLElement, session: TSessionResponse | null): void {
  const queryClient = createQueryClient();
  if (session) queryClient.setQueryData(authQueryKeys.me(), session);
  root.replaceChildren();
  const reactRoot = createRoot(root);
  // A transition, so React renders the first tree in slices and yields to the browser between
  // them: rendered at once it was one task of ~40 ms on a desktop, 150 ms on Lighthouse's phone,
  // all of it blocking time (issue 16). Nothing is on screen yet that it could hold back.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}
