import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { fees2022, fees2025 } from '../../../test/economy-fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const amountOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('rowheader', { name }).closest('tr')!.lastElementChild!.textContent;

function expect2022Split(table: HTMLElement) {
  // Seed 2021-09 "Preliminära medlemsavgifter 2022": 22 770 000 kr.
  expect(amountOf(table, 'Försäkringskassan och Arbetsförmedlingen')).toBe('11\u00a0385\u00a0000');
  expect(amountOf(table, 'Region Uppsala')).toBe('5\u00a0692\u00a0500');
  expect(amountOf(table, 'Uppsala kommun')).toBe('3\u00a0428\u00a0693');
  expect(amountOf(table, 'Enköpings kommun')).toBe('677\u00a0334');
  // Each member rounded on its own: 5 692 501 against the nominal 5 692 500, shown.
  expect(amountOf(table, 'Summa kommunerna (avrundade var för sig)')).toBe('5\u00a0692\u00a0501');
  expect(amountOf(table, 'Kommunernas andel, 25 % av totalen')).toBe('5\u00a0692\u00a0500');
  expect(amountOf(table, 'Skillnad av avrundningen')).toBe('+1');
}

describe('Medlemsavgifter', () => {
  it('2022 as decided: every member rounded on its own and the difference shown', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/member-fees/2022': { status: 200, body: fees2022 },
    });
    renderRoute('/ekonomi/medlemsavgifter?year=2022');
    expect2022Split(await screen.findByRole('table', { name: 'Medlemsavgifter 2022' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('a new year is split as the total is typed, then decided', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/member-fees/2025': { status: 200, body: fees2025 },
      'POST /api/member-fees/2025': {
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message:
              'Medlemsavgifterna för 2025 är redan beslutade och sparade. De ändras inte i efterhand.',
          },
        },
      },
    });
    renderRoute('/ekonomi/medlemsavgifter?year=2025');
    const user = userEvent.setup();
    await user.type(
      await screen.findByRole('textbox', { name: 'Total medlemsavgift (kr)' }),
      '22 770 000',
    );
    expect2022Split(
      screen.getByRole('table', { name: 'Fördelning 2025 (beräknad medan du skriver)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Besluta medlemsavgifterna för 2025' }));
    expect(
      await screen.findByText(
        'Medlemsavgifterna för 2025 är redan beslutade och sparade. De ändras inte i efterhand.',
      ),
    ).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!.body as {
      totalKronor: number;
      populations: { population: number }[];
    };
    expect(post.totalKronor).toBe(22_770_000);
    expect(post.populations.reduce((sum, p) => sum + p.population, 0)).toBe(388_076);
  });
});
