import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TRole } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { interventionList, overview2024, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

function menuOf(role: TRole, path = '/oversikt?period=2024H1') {
  stubFetch({
    'GET /api/auth/me': { status: 200, body: sessionOf(role) },
    'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
    'GET /api/interventions': { status: 200, body: interventionList },
  });
  return renderRoute(path);
}

async function menuItems() {
  const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('the role-aware layout', () => {
  it('gives the board Överblick, Kommuner, Insatser and PM, with the period kept in each link', async () => {
    menuOf('BOARD');
    expect(await menuItems()).toEqual(['Överblick', 'Kommuner', 'Insatser', 'PM']);
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Kommuner' })).toHaveAttribute(
      'href',
      '/kommuner?period=2024H1',
    );
    expect(within(nav).getByRole('link', { name: 'Överblick' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByText('Samordningsförbundet Uppsala län')).toBeInTheDocument();
    expect(screen.getByText('Styrelse')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('gives a lead "Mina insatser" with their own intervention', async () => {
    menuOf('LEAD', '/mina-insatser');
    expect(await menuItems()).toEqual(['Överblick', 'Kommuner', 'Insatser', 'PM', 'Mina insatser']);
    const table = await screen.findByRole('table', { name: 'Mina insatser' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.querySelector('a')?.textContent),
    ).toEqual(['En väg in - steget vidare']);
  });

  it("keeps the board out of the lead's page", async () => {
    menuOf('BOARD', '/mina-insatser');
    expect(
      await screen.findByText('Din roll har inte tillgång till den här sidan.'),
    ).toBeInTheDocument();
  });

  it('sends the admin to Administration, not to the dashboards', async () => {
    const { router } = menuOf('ADMIN', '/');
    expect(await menuItems()).toEqual(['Administration']);
    await waitFor(() => expect(router.state.location.pathname).toBe('/administration'));
  });

  it('logs out with the CSRF token and returns to the login page', async () => {
    // As the API does: after the logout, /auth/me answers 401 (the login page asks it again).
    let signedIn = true;
    const { requests } = stubFetch({
      'GET /api/auth/me': () =>
        signedIn
          ? { status: 200, body: sessionOf('BOARD') }
          : {
              status: 401,
              body: { error: { code: 'UNAUTHENTICATED', message: 'Du behöver logga in.' } },
            },
      'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
      'POST /api/auth/logout': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    const { router } = renderRoute('/oversikt?period=2024H1');
    await userEvent.click(await screen.findByRole('button', { name: 'Logga ut' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/logga-in'));
    expect(await screen.findByText('Du är utloggad.')).toBeInTheDocument();
    const logout = requests.find((request) => request.path === '/api/auth/logout')!;
    expect(logout.headers['x-csrf-token']).toBe('csrf-token-for-tests');
  });
});
