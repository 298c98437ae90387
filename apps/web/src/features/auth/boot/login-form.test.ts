import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { drawLoginForm, type TLoginFormOptions } from './login-form.ts';

/** The boot entry's plain-DOM login form: the same behaviour the React `LoginPage` tests check. */
function draw(options: Partial<TLoginFormOptions> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const onLoggedIn = vi.fn();
  drawLoginForm(root, { target: null, loggedOut: false, onLoggedIn, ...options });
  return { root, onLoggedIn };
}

async function fillIn(email: string, password: string) {
  if (email) await userEvent.type(screen.getByLabelText('E-postadress'), email);
  if (password) await userEvent.type(screen.getByLabelText('Lösenord'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the boot login form', () => {
  it('has the login page’s heading (focused), form and title', () => {
    draw({ target: '/kommuner' });
    const heading = screen.getByRole('heading', { level: 1, name: 'Logga in' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('main')).toHaveClass('login-page');
    expect(screen.getByRole('form', { name: 'Inloggning' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Lösenord')).toHaveAttribute('type', 'password');
    expect(
      screen.getByText('Logga in för att fortsätta till sidan du ville öppna.'),
    ).toBeInTheDocument();
    expect(document.title).toBe('Logga in – Finsam Uppföljning');
  });

  it('says "Du är utloggad." after a logout', () => {
    draw({ loggedOut: true });
    expect(screen.getByRole('status')).toHaveTextContent('Du är utloggad.');
  });

  it('validates with the shared schema before sending anything', async () => {
    const { requests } = stubFetch({});
    draw();
    await fillIn('', '');
    expect(screen.getByText('Ange din e-postadress.')).toBeInTheDocument();
    expect(screen.getByText('Ange ditt lösenord.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toHaveFocus();
    await userEvent.type(screen.getByLabelText('E-postadress'), 'styrelse');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(
      screen.getByText('Ange en giltig e-postadress, t.ex. namn@kommun.se.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('E-postadress')).toHaveAccessibleDescription(
      'Ange en giltig e-postadress, t.ex. namn@kommun.se.',
    );
    expect(requests).toHaveLength(0);
  });

  it('checks a field again when it loses focus after a failed submit', async () => {
    stubFetch({});
    draw();
    await fillIn('', '');
    await userEvent.type(screen.getByLabelText('Lösenord'), 'demo1234');
    await userEvent.tab();
    expect(screen.queryByText('Ange ditt lösenord.')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Lösenord')).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the messages while the button is pressed, so the button stays under the pointer', async () => {
    const { requests } = stubFetch({
      'POST /api/auth/login': { status: 200, body: sessionOf('OFFICE') },
    });
    draw();
    await fillIn('', '');
    await userEvent.type(screen.getByLabelText('E-postadress'), 'kansli@demo.se');
    await userEvent.type(screen.getByLabelText('Lösenord'), 'demo1234');
    const button = screen.getByRole('button', { name: 'Logga in' });
    const user = userEvent.setup();
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    expect(screen.getByText('Ange ditt lösenord.')).toBeInTheDocument();
    await user.pointer({ keys: '[/MouseLeft]', target: button });
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.queryByText('Ange ditt lösenord.')).not.toBeInTheDocument();
  });

  it("puts a 400's field messages back on their inputs", async () => {
    stubFetch({
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
    draw();
    await fillIn('styrelse@demo.se', 'demo1234');
    expect(await screen.findByText('E-postadressen är för lång.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Kontrollera de markerade fälten.');
    expect(screen.getByLabelText('E-postadress')).toHaveFocus();
  });

  it.each([
    [401, 'UNAUTHENTICATED', 'Fel e-postadress eller lösenord.'],
    [429, 'RATE_LIMITED', 'För många misslyckade inloggningar. Vänta 2 sekunder och försök igen.'],
  ])("shows a %i's message in an alert that takes focus", async (status, code, message) => {
    stubFetch({ 'POST /api/auth/login': { status, body: { error: { code, message } } } });
    const { onLoggedIn } = draw();
    await fillIn('styrelse@demo.se', 'fel-losenord');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveFocus();
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Logga in' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  });

  it('says so when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    draw();
    await fillIn('styrelse@demo.se', 'demo1234');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Det gick inte att nå servern. Kontrollera din internetanslutning och försök igen.',
    );
  });

  it('sends the body the API expects and hands the session on', async () => {
    const { requests } = stubFetch({
      'POST /api/auth/login': { status: 200, body: sessionOf('BOARD') },
    });
    const { onLoggedIn } = draw();
    await fillIn(' Styrelse@Demo.se ', 'demo1234');
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledWith(sessionOf('BOARD')));
    // The shared schema trims and lower-cases the address before it is sent.
    expect(requests[0]!.body).toEqual({ email: 'styrelse@demo.se', password: 'demo1234' });
    expect(screen.getByRole('button', { name: 'Loggar in …' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
