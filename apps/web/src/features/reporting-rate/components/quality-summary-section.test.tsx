import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZQualitySummary } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

// Two questions of the 2024 H1 summary as the API computes it from the seed (2024-10 PM Tabell 5).
const summary = (period: string) =>
  ZQualitySummary.parse({
    period,
    questionSetYear: 2024,
    interventionCount: 12,
    reportedCount: 12,
    questions: [
      {
        key: 'regularRepresentation',
        label: 'Ordrepresentation i styrgrupp',
        answered: 11,
        notApplicable: 0,
        unanswered: 1,
        counts: [
          { value: 'Ja', count: 3 },
          { value: 'Nej', count: 8 },
        ],
      },
      {
        key: 'methodChecked',
        label: 'Kontroll metod',
        answered: 9,
        notApplicable: 2,
        unanswered: 1,
        counts: [
          { value: 'Ja', count: 9 },
          { value: 'Nej', count: 0 },
        ],
      },
    ],
  });

describe('Rapporteringsgrad: the Tabell 5 summary', () => {
  it('says "i N av M insatser" per question and changes half-year', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/reporting-rate': {
        status: 200,
        body: { year: 2024, today: '2024-10-24', quarters: [] },
      },
      'GET /api/review/quality-summary?period=2024H1': { status: 200, body: summary('2024H1') },
      'GET /api/review/quality-summary?period=2024H2': { status: 200, body: summary('2024H2') },
    });
    const user = userEvent.setup();
    renderRoute('/rapporteringsgrad?ar=2024');
    const table = await screen.findByRole('table', { name: /Kvalitetssäkring/ });
    const row = within(table).getByRole('row', { name: /Ordrepresentation i styrgrupp/ });
    expect(row).toHaveTextContent('Ja i 3 av 11 insatser, Nej i 8 av 11 insatser');
    const method = within(table).getByRole('row', { name: /Kontroll metod/ });
    expect(
      within(method)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Ja i 9 av 9 insatser', '2', '1']);
    expect(screen.getByText(/12 av 12 insatser har lämnat en rapport/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Halvår'), '2');
    await waitFor(() =>
      expect(requests.some((r) => r.path === '/api/review/quality-summary?period=2024H2')).toBe(
        true,
      ),
    );
  });
});
