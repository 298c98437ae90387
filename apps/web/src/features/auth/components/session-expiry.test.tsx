import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type TStubReply } from '../../../test/fetch-stub.ts';
import { interventionList, municipalityList, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const expired = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Du behöver logga in.' } },
};

/**
 * The session runs out while the reader is on Kommuner: /auth/me still said "signed in" when the
 * page opened, then the server answers 401 to everything (the cookie's session is gone).
 */
function expireAfterFirstPage() {
  let sessionAlive = true;
  const live =
    (reply: { status: number; body?: unknown }): TStubReply =>
    () =>
      sessionAlive ? reply : expired;
  const stub = stubFetch({
    'GET /api/auth/me': live({ status: 200, body: sessionOf('BOARD') }),
    'GET /api/municipalities': live({ status: 200, body: municipalityList }),
    'GET /api/interventions': live({ status: 200, body: interventionList }),
    'POST /api/auth/logout': expired,
    'POST /api/auth/login': () => {
      sessionAlive = true;
      return { status: 200, body: sessionOf('BOARD') };
    },
  });
  return {
    ...stub,
    expire: () => {
      sessionAlive = false;
    },
  };
}

describe('an expired session', () => {
  it('leads to the login page with a notice, and back to the page after logging in', async () => {
    const session = expireAfterFirstPage();
    const { router } = renderRoute('/kommuner?period=2024H1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommuner' })).toBeInTheDocument();
    session.expire();
    // The reader opens Insatser: its read answers 401.
    await router.navigate('/insatser?period=2024H1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/logga-in');
    expect(router.state.location.search).toBe(
      `?till=${encodeURIComponent('/insatser?period=2024H1')}`,
    );
    expect(
      screen.getByText(
        'Din session har gått ut. Logga in igen så kommer du tillbaka till sidan du var på.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Du behöver logga in igen')).not.toBeInTheDocument();

    // Pasted, not typed key by key: the test is about where the session leads, not the form.
    await userEvent.click(screen.getByLabelText('E-postadress'));
    await userEvent.paste('styrelse@demo.se');
    await userEvent.click(screen.getByLabelText('Lösenord'));
    await userEvent.paste('demo1234');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/insatser'));
    expect(router.state.location.search).toBe('?period=2024H1');
  });

  it('"Logga ut" on an expired session ends on the login form, not back in the app', async () => {
    const session = expireAfterFirstPage();
    const { router } = renderRoute('/kommuner?period=2024H1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommuner' })).toBeInTheDocument();
    session.expire();
    await userEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(await screen.findByText('Du är utloggad.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toBeInTheDocument();
    // The login page asked the server again instead of trusting the cached user.
    await waitFor(() =>
      expect(session.requests.filter((request) => request.path === '/api/auth/me').length).toBe(2),
    );
    expect(router.state.location.pathname).toBe('/logga-in');
  });

  it('"Gå till inloggningen" from a 401 alert opens the login form', async () => {
    // A signed-in user whose session the server no longer knows: the login page must ask again.
    const session = expireAfterFirstPage();
    const { router } = renderRoute('/kommuner?period=2024H1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommuner' })).toBeInTheDocument();
    session.expire();
    await router.navigate('/logga-in?till=%2Fkommuner%3Fperiod%3D2024H1');
    expect(await screen.findByLabelText('E-postadress')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.state.location.pathname).toBe('/logga-in');
  });
});
