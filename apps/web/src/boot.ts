import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app/global.css';
import type { TSessionResponse } from '@finsam/domain';
import { drawLoginForm } from './features/auth/boot/login-form.ts';
import { loginPathFor, safeTarget } from './features/auth/login-texts.ts';
import { homePathFor } from './lib/home-path.ts';
import { getMe } from './lib/queries/auth/get-me.ts';

/**
 * The boot entry (decision 016): asks /auth/me first. With a session the app is imported at
 * once (and given that answer); without one the login form is drawn in plain DOM and the app
 * is imported only after a successful login, so the JavaScript before login stays small.
 */
const root = document.getElementById('root')!;

async function openApp(session: TSessionResponse | null): Promise<void> {
  const { startApp } = await import('./app/start-app.tsx');
  startApp(root, session);
}

async function boot(): Promise<void> {
  let session: TSessionResponse | null;
  try {
    session = await getMe();
  } catch {
    // Server or network failure: the app shows it with "Försök igen" (RequireSession).
    return openApp(null);
  }
  if (session) return openApp(session);

  // No session: every address leads to the login page with the address asked for, as
  // RequireSession does inside the app.
  const { pathname, search } = window.location;
  const loggedOut =
    (history.state as { usr?: { loggedOut?: boolean } } | null)?.usr?.loggedOut === true;
  if (pathname !== '/logga-in') history.replaceState(null, '', loginPathFor(pathname + search));
  const target = safeTarget(new URLSearchParams(window.location.search).get('till'));
  drawLoginForm(root, {
    target,
    loggedOut,
    onLoggedIn: (signedIn) => {
      history.replaceState(null, '', target ?? homePathFor(signedIn.user.role));
      return openApp(signedIn);
    },
  });
}

void boot();
