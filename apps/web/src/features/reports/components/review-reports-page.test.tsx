import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZQuarterlyReportList } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { interventionList, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const enVagIn = interventionList.interventions.find(
  (row) => row.key === 'en-vag-in-steget-vidare',
)!;

// Knivsta's Q2 2024 report as seeded (approved), and a Q3 report the lead has just submitted.
const knivstaReports = ZQuarterlyReportList.parse({
  reports: [
    {
      id: 'report-2024q2',
      interventionId: enVagIn.id,
      year: 2024,
      quarter: 2,
      status: 'APPROVED',
      dueDate: '2024-07-31',
      overdue: false,
      submittedAt: null,
      reviewedAt: null,
      version: 0,
      updatedAt: '2024-10-01T10:00:00.000Z',
    },
    {
      id: 'report-2024q3',
      interventionId: enVagIn.id,
      year: 2024,
      quarter: 3,
      status: 'SUBMITTED',
      dueDate: '2024-10-31',
      overdue: true,
      submittedAt: '2024-11-04T09:12:00.000Z',
      reviewedAt: null,
      version: 1,
      updatedAt: '2024-11-04T09:12:00.000Z',
    },
  ],
});

describe('Granska rapporter', () => {
  it('is in the office menu and lists the reports waiting for review, late ones marked', async () => {
    const routes: Parameters<typeof stubFetch>[0] = {
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/interventions': { status: 200, body: interventionList },
    };
    for (const intervention of interventionList.interventions) {
      routes[`GET /api/interventions/${intervention.id}/reports`] = {
        status: 200,
        body: intervention.id === enVagIn.id ? knivstaReports : { reports: [] },
      };
    }
    stubFetch(routes);
    renderRoute('/granska-rapporter');

    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Överblick',
      'Kommuner',
      'Insatser',
      'PM',
      'Granskning',
      'Rapporteringsgrad',
      'Ändringslogg',
      'Insatsregister',
      'Ekonomi',
    ]);
    const table = await screen.findByRole('table', { name: 'Kvartalsrapporter: inskickad' });
    const row = within(table)
      .getByRole('rowheader', { name: 'En väg in - steget vidare' })
      .closest('tr')!;
    expect([...row.querySelectorAll('th, td')].map((cell) => cell.textContent)).toEqual([
      'En väg in - steget vidare',
      'Knivsta',
      'Kvartal 3 2024',
      'Inskickad',
      '31 oktober 2024',
      '4 november 2024',
      'Försenad',
    ]);
    expect(within(row).getByRole('link')).toHaveAttribute(
      'href',
      '/insatser/en-vag-in-steget-vidare?period=2024Q3',
    );

    await userEvent.selectOptions(screen.getByLabelText('Visa rapporter'), 'Alla');
    expect(
      within(screen.getByRole('table', { name: 'Alla kvartalsrapporter' })).getAllByRole(
        'rowheader',
      ),
    ).toHaveLength(2);
  });

  it('is not open to the board', async () => {
    stubFetch({ 'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') } });
    renderRoute('/granska-rapporter');
    expect(
      await screen.findByText('Din roll har inte tillgång till den här sidan.'),
    ).toBeInTheDocument();
  });
});
