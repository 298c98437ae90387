import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TParticipantImportPreview } from '@finsam/domain';
import { createQueryClient } from '../../../app/query-client.ts';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { ParticipantImport } from './participant-import.tsx';

const URL = '/api/interventions/i-knivsta/participants/import';
const FILE_TEXT = 'Månad;Mått;Kvinnor;Män\n2024-07;Inregistrerade;4;3\n2024-07;Avslutade;x;1\n';
const file = () => new File([FILE_TEXT], 'juli.csv', { type: 'text/csv' });

function show(preview: TParticipantImportPreview) {
  const stub = stubFetch({
    [`POST ${URL}/preview`]: { status: 200, body: preview },
    [`POST ${URL}`]: { status: 200, body: { savedMonths: ['2024-07'] } },
  });
  const client = createQueryClient({ queries: { retry: false }, mutations: { retry: false } });
  render(
    <QueryClientProvider client={client}>
      <ParticipantImport interventionId="i-knivsta" />
    </QueryClientProvider>,
  );
  return stub;
}

const july = {
  month: '2024-07',
  rows: [2, 3],
  measures: { REGISTERED: { women: 4, men: 3 }, ENDED: { women: 0, men: 1 } },
  endReasons: {},
  problems: [],
  version: 2,
  replaces: true,
};

describe('Deltagare: reading the monthly counts from a spreadsheet', () => {
  it('lists the bad rows with their numbers and offers no save', async () => {
    const user = userEvent.setup();
    const { requests } = show({
      fileName: 'juli.csv',
      valid: false,
      months: [],
      errors: [{ row: 3, message: 'Kvinnor: ange ett heltal, 0 eller mer.' }],
    });
    await user.upload(screen.getByLabelText('Fil med deltagarantal'), file());
    const region = await screen.findByRole('region', { name: 'Förhandsgranskning av filen' });
    expect(
      within(region).getByText(
        'Filen juli.csv har 1 fel och kan inte sparas. Rätta raderna i kalkylarket och välj filen igen:',
      ),
    ).toBeVisible();
    expect(within(region).getByText('Rad 3: Kvinnor: ange ett heltal, 0 eller mer.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Spara/ })).toBeNull();
    // The file went up as base64 of its bytes, with its name.
    expect(requests[0]!.body).toEqual({
      fileName: 'juli.csv',
      contentBase64: Buffer.from(FILE_TEXT).toString('base64'),
    });
  });

  it('previews each month and saves the file at the versions it showed', async () => {
    const user = userEvent.setup();
    const { requests } = show({ fileName: 'juli.csv', valid: true, months: [july], errors: [] });
    await user.upload(screen.getByLabelText('Fil med deltagarantal'), file());
    const table = await screen.findByRole('table', { name: '2024-07 (ersätter sparade antal)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['MåttKvinnorMän', 'Inregistrerade43', 'Avslutade01']);
    await user.click(screen.getByRole('button', { name: 'Spara 1 månad' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sparat: 2024-07.');
    expect(requests[1]).toMatchObject({
      path: URL,
      body: { fileName: 'juli.csv', versions: { '2024-07': 2 } },
    });
  });
});
