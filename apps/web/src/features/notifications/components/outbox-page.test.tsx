import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZOutbox } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

// An outbox as the API serves it without SMTP_URL, and a message that failed against a server.
const outbox = ZOutbox.parse({
  smtpConfigured: false,
  messages: [
    {
      id: 'm-1',
      toName: 'Kajsa Kansli',
      toAddress: 'kansli@demo.se',
      subject: 'Ny avvikelse: En väg in - steget vidare (ändrat mål)',
      text: 'Hej Kajsa Kansli!',
      status: 'OUTBOX',
      attempts: 0,
      lastError: null,
      createdAt: '2024-11-04T09:12:00.000Z',
      sentAt: null,
      nextAttemptAt: null,
    },
    {
      id: 'm-2',
      toName: 'Karin Knivsta',
      toAddress: 'knivsta@demo.se',
      subject: 'Påminnelse: En väg in - steget vidare ska rapportera senast 31 oktober 2024',
      text: 'Hej Karin Knivsta!',
      status: 'RETRYING',
      attempts: 1,
      lastError: '451 Tillfälligt fel, försök senare',
      createdAt: '2024-10-24T06:00:00.000Z',
      sentAt: null,
      nextAttemptAt: '2024-10-24T06:01:00.000Z',
    },
  ],
});
const settings = {
  daysBeforeDue: 7,
  overdueEveryDays: 7,
  digestWeekday: 1,
  remindersFrom: '2024-07-01',
  version: 0,
};

describe('Utskick', () => {
  it('lists every e-mail with its state and error, and says none is sent without SMTP', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/notifications': { status: 200, body: { notifications: [], unreadCount: 0 } },
      'GET /api/outbox': { status: 200, body: outbox },
      'GET /api/notification-settings': { status: 200, body: settings },
    });
    renderRoute('/utskick');
    expect(await screen.findByRole('heading', { level: 1, name: 'Utskick' })).toBeInTheDocument();
    expect(await screen.findByText(/Ingen e-postserver är inställd/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Utskick, nyaste först' });
    const retry = within(table)
      .getByRole('rowheader', { name: /Påminnelse: En väg in/ })
      .closest('tr')!;
    expect(within(retry).getByText('Misslyckades, försöker igen')).toBeInTheDocument();
    expect(
      within(retry).getByText('451 Tillfälligt fel, försök senare (nytt försök 24 oktober 2024)'),
    ).toBeInTheDocument();
    expect(within(table).getByText('I utkorgen (ingen e-postserver)')).toBeInTheDocument();
  });

  it('lets the office set the reminder offsets, with a Swedish message for an empty field', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/notifications': { status: 200, body: { notifications: [], unreadCount: 0 } },
      'GET /api/outbox': { status: 200, body: outbox },
      'GET /api/notification-settings': { status: 200, body: settings },
      'PUT /api/notification-settings': {
        status: 200,
        body: { ...settings, daysBeforeDue: 14, digestWeekday: 5, version: 1 },
      },
    });
    renderRoute('/utskick');
    const days = await screen.findByRole('spinbutton', {
      name: 'Första påminnelsen, antal dagar före förfallodagen',
    });
    await userEvent.clear(days);
    await userEvent.click(screen.getByRole('button', { name: 'Spara påminnelser' }));
    expect(await screen.findByText('Ange antal dagar.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await userEvent.type(days, '14');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Veckodag för kansliets veckosammanställning' }),
      'Fredag',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara påminnelser' }));
    expect(await screen.findByText('Inställningarna sparades.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      daysBeforeDue: 14,
      overdueEveryDays: 7,
      digestWeekday: 5,
      version: 0,
    });
  });
});
