import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { grid2024H1, grid2024Q3 } from '../../../test/economy-fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const kvot = (key: string) => screen.getByTestId(`kvot-${key}`).firstChild?.textContent;
const amountInput = (shortName: string, period = 'Kvartal 3 2024') =>
  screen.getByRole('textbox', { name: `Utfall ${period} för ${shortName}, kronor` });

describe('Utfall (the office’s outcome grid)', () => {
  it('shows the seed’s 2024 H1 outcomes with the PM’s kvoter (2024-10 Tabell 4)', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/outcome-grids/2024H1': { status: 200, body: grid2024H1 },
    });
    renderRoute('/ekonomi/utfall?period=2024H1');
    await screen.findByRole('table', { name: 'Utfall Kvartal 1–2 2024 per insats' });
    // Jobbcentrum 955 / 1 326 → 72 %; RegExPro with its carry-over 648 / 673 → 96 %;
    // Lokussamordnare Uppsala 198 647 / 180 000 → 110 % (not 111 %); the förstudie "–".
    expect(kvot('jobbcentrum')).toBe('72\u00a0%');
    expect(kvot('regexpro')).toBe('96\u00a0%');
    expect(kvot('lokussamordnare-uppsala')).toBe('110\u00a0%');
    expect(kvot('forstudie-pilot-uppsala')).toBe('–');
    expect((amountInput('Jobbcentrum', 'Kvartal 1–2 2024') as HTMLInputElement).value).toBe(
      '955\u00a0076',
    );
  });

  it('updates the kvot as Q3 is typed, takes a block pasted from Excel, and saves the changed rows', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/outcome-grids/2024Q3': { status: 200, body: grid2024Q3 },
      'PUT /api/outcome-grids/2024Q3': { status: 200, body: grid2024Q3 },
    });
    renderRoute('/ekonomi/utfall?period=2024Q3');
    await screen.findByRole('table', { name: 'Utfall Kvartal 3 2024 per insats' });
    // Before typing: H1 is there but Q3 is missing, so no ratio (never a partial one).
    expect(kvot('jobbcentrum')).toBe('–');

    const user = userEvent.setup();
    await user.type(amountInput('Jobbcentrum'), '612 345');
    // (955 076 + 612 345) / (2 652 000 × 9/12) = 78.8 % → "79 %".
    expect(kvot('jobbcentrum')).toBe('79\u00a0%');

    // Two lines copied from Excel: name, amount and "beräknad"; matched through the alias.
    const bryggan = amountInput('Bryggan');
    fireEvent.paste(bryggan, {
      clipboardData: {
        getData: () => 'Bryggan\t435 000\r\nArbetsmarknadsstödjare\t208 000\tberäknad\r\n',
      },
    });
    expect((bryggan as HTMLInputElement).value).toBe('435 000');
    const alvkarleby = grid2024Q3.rows.find((r) => r.key === 'forstarkt-stod-alvkarleby')!;
    expect((amountInput(alvkarleby.shortName) as HTMLInputElement).value).toBe('208 000');
    expect(
      screen.getByRole('checkbox', { name: `Beräknat belopp för ${alvkarleby.shortName}` }),
    ).toBeChecked();

    await user.type(amountInput('Ung Framtid'), '12,50');
    expect(screen.getByText('Ange beloppet i hela kronor, utan ören.')).toBeInTheDocument();
    await user.clear(amountInput('Ung Framtid'));

    await user.click(screen.getByRole('button', { name: 'Spara utfall (3 ändrade)' }));
    await screen.findByText('3 rader sparades för Kvartal 3 2024.');
    const put = requests.find((r) => r.method === 'PUT')!;
    const ids = Object.fromEntries(grid2024Q3.rows.map((r) => [r.key, r.interventionId]));
    expect(put.body).toEqual({
      rows: [
        { interventionId: ids.bryggan, baseVersion: null, amountKronor: 435_000, estimated: false },
        {
          interventionId: ids['forstarkt-stod-alvkarleby'],
          baseVersion: null,
          amountKronor: 208_000,
          estimated: true,
        },
        {
          interventionId: ids.jobbcentrum,
          baseVersion: null,
          amountKronor: 612_345,
          estimated: false,
        },
      ].sort((a, b) => order(a.interventionId) - order(b.interventionId)),
    });
  });

  it('a 409 shows each changed row’s difference on its row and keeps what was typed', async () => {
    const jobbcentrum = grid2024Q3.rows.find((r) => r.key === 'jobbcentrum')!;
    const message =
      'Jobbcentrum: någon annan har sparat 500\u00a0000\u00a0kr sedan du hämtade rutnätet; du skrev 510\u00a0000\u00a0kr.';
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/outcome-grids/2024Q3': { status: 200, body: grid2024Q3 },
      'PUT /api/outcome-grids/2024Q3': {
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message:
              'En rad har ändrats av någon annan sedan du hämtade rutnätet. Inget sparades: jämför raderna och spara igen.',
            fields: [{ path: 'body.rows.0.amountKronor', message }],
          },
        },
      },
    });
    renderRoute('/ekonomi/utfall?period=2024Q3');
    const user = userEvent.setup();
    await user.type(await waitFor(() => amountInput(jobbcentrum.shortName)), '510000');
    await user.click(screen.getByRole('button', { name: 'Spara utfall (1 ändrade)' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([message]);
    // The row itself says it too, and the typed amount is still there.
    const input = amountInput(jobbcentrum.shortName);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      message,
    );
    expect((input as HTMLInputElement).value).toBe('510000');
  });
});

function order(id: string | undefined) {
  return grid2024Q3.rows.findIndex((r) => r.interventionId === id);
}
