import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch, type TStubbedRequest } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { grid2024Q3 } from '../../../test/economy-fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const jobbcentrum = grid2024Q3.rows.find((row) => row.key === 'jobbcentrum')!;
const csv = (text: string) => new File([text], 'rekv.csv', { type: 'text/csv' });

function routes(preview: (request: TStubbedRequest) => { status: number; body?: unknown }) {
  return {
    'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
    'GET /api/outcome-grids/2024Q3': { status: 200, body: grid2024Q3 },
    'POST /api/outcome-grids/2024Q3/requisitions/preview': preview,
    'PUT /api/outcome-grids/2024Q3': { status: 200, body: grid2024Q3 },
  };
}

describe('Utfall: the requisition list upload', () => {
  it('shows the bad rows and offers no save', async () => {
    stubFetch(
      routes(() => ({
        status: 200,
        body: {
          period: '2024Q3',
          valid: false,
          errors: [{ row: 3, message: 'Ange beloppet i hela kronor, utan ören.' }],
          lines: [],
        },
      })),
    );
    const user = userEvent.setup();
    renderRoute('/ekonomi/utfall?period=2024Q3');
    await user.upload(
      await screen.findByLabelText(/^Rekvisitionslista för/),
      csv('Insats;Belopp\nJobbcentrum;12,50\n'),
    );
    const region = await screen.findByRole('region', {
      name: 'Förhandsgranskning av rekvisitionslistan',
    });
    expect(
      within(region).getByText('Rad 3: Ange beloppet i hela kronor, utan ören.'),
    ).toBeVisible();
    expect(within(region).queryByRole('button', { name: /Spara/ })).toBeNull();
  });

  it('previews a valid list and saves it into the grid at the previewed versions', async () => {
    const { requests } = stubFetch(
      routes(() => ({
        status: 200,
        body: {
          period: '2024Q3',
          valid: true,
          errors: [],
          lines: [
            {
              interventionId: jobbcentrum.interventionId,
              shortName: jobbcentrum.shortName,
              rows: [2, 3],
              amountKronor: 455_000,
              estimated: true,
              baseVersion: jobbcentrum.outcome?.version ?? null,
              previousAmountKronor: jobbcentrum.outcome?.amountKronor ?? null,
            },
          ],
        },
      })),
    );
    const user = userEvent.setup();
    renderRoute('/ekonomi/utfall?period=2024Q3');
    await user.upload(
      await screen.findByLabelText(/^Rekvisitionslista för/),
      csv('Insats;Belopp;Beräknat\nJobbcentrum;300 000;Nej\nJobbcentrum;155 000;Ja\n'),
    );
    const table = await screen.findByRole('table', { name: /Utfall från rekvisitionerna/ });
    expect(table.textContent).toMatch(/455\s000/);
    expect(table.textContent).toContain(jobbcentrum.shortName);
    await user.click(screen.getByRole('button', { name: 'Spara 1 utfall i rutnätet' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({
      source: 'Rekvisitionslista',
      rows: [
        {
          interventionId: jobbcentrum.interventionId,
          baseVersion: jobbcentrum.outcome?.version ?? null,
          amountKronor: 455_000,
          estimated: true,
        },
      ],
    });
    expect(requests.find((r) => r.method === 'POST')!.body).toMatchObject({ fileName: 'rekv.csv' });
  });
});
