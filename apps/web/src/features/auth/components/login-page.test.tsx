import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { overview2024, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const notSignedIn = {
  status: 401,
  body: {
    error: { code: 'UNAUTHENTICATED', message: 'Du är inte inloggad. Logga in och försök igen.' },
  },
};

async function fillIn(email: string, password: string) {
  await userEvent.type(await screen.findByLabelText('E-postadress'), email);
  if (password) await userEvent.type(screen.getByLabelText('Lösenord'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('Logga in', () => {
  it('validates with the shared schema before sending anything', async () => {
    const { requests } = stubFetch({ 'GET /api/auth/me': notSignedIn });
    renderRoute('/logga-in');
    await fillIn('styrelse', '');
    expect(
      await screen.findByText('Ange en giltig e-postadress, t.ex. namn@kommun.se.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ange ditt lösenord.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it("puts a 400's field messages back on their inputs", async () => {
    stubFetch({
      'GET /api/auth/me': notSignedIn,
      'POST /api/auth/login': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION',
            message: 'Kontrollera de markerade fälten.',
            fields: [{ path: 'body.email', message: 'E-postadressen är för lång.' }],
          },
        },
      },
    });
    renderRoute('/logga-in');
    await fillIn('styrelse@demo.se', 'demo1234');
    expect(await screen.findByText('E-postadressen är för lång.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Kontrollera de markerade fälten.');
    await waitFor(() => expect(screen.getByLabelText('E-postadress')).toHaveFocus());
  });

  it("shows a 401's message in an alert that takes focus", async () => {
    stubFetch({
      'GET /api/auth/me': notSignedIn,
      'POST /api/auth/login': {
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'Fel e-postadress eller lösenord.' } },
      },
    });
    renderRoute('/logga-in');
    await fillIn('styrelse@demo.se', 'fel-losenord');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fel e-postadress eller lösenord.');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('logs in, sends the body the API expects and lands on the page that was asked for', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': notSignedIn,
      'POST /api/auth/login': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
    });
    const { router } = renderRoute('/oversikt?period=2024H1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/logga-in'));
    expect(router.state.location.search).toBe(
      `?till=${encodeURIComponent('/oversikt?period=2024H1')}`,
    );
    await fillIn(' Styrelse@Demo.se ', 'demo1234');
    expect(await screen.findByRole('heading', { level: 1, name: 'Överblick' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?period=2024H1');
    const login = requests.find((request) => request.method === 'POST')!;
    // The shared schema trims and lower-cases the address before it is sent.
    expect(login.body).toEqual({ email: 'styrelse@demo.se', password: 'demo1234' });
    expect(screen.getByText('Stina Styrelse')).toBeInTheDocument();
  });
});
