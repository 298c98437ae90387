import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZNotificationList, type TNotificationList } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

// Two notices as the API writes them (notification-texts.ts): a returned report, unread, and a
// reminder already read.
const list: TNotificationList = ZNotificationList.parse({
  unreadCount: 1,
  notifications: [
    {
      id: 'n-returned',
      kind: 'REPORT_RETURNED',
      title:
        'Återskickad för komplettering: En väg in - steget vidare, kvartalsrapporten för kvartal 2 2024',
      body: 'Kansliet har skickat tillbaka kvartalsrapporten för kvartal 2 2024 för En väg in - steget vidare för komplettering.\nKansliets kommentar: Komplettera målstatus.',
      link: '/insatser/i-knivsta?rapport=r-q2',
      createdAt: '2024-11-04T09:12:00.000Z',
      readAt: null,
    },
    {
      id: 'n-reminder',
      kind: 'REPORT_DUE_SOON',
      title: 'Påminnelse: En väg in - steget vidare ska rapportera senast 31 oktober 2024',
      body: 'Påminnelse: kvartalsrapporten för kvartal 3 2024 för En väg in - steget vidare ska vara inskickad senast 31 oktober 2024.',
      link: '/insatser/i-knivsta',
      createdAt: '2024-10-24T06:00:00.000Z',
      readAt: '2024-10-24T07:00:00.000Z',
    },
  ],
});

describe('Notiser', () => {
  it('shows the unread count on the bell, lists the notices with links, and marks one read', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('LEAD') },
      'GET /api/notifications': { status: 200, body: list },
      'GET /api/notifications/preferences': { status: 200, body: { reminderEmails: true } },
      'POST /api/notifications/n-returned/read': {
        status: 200,
        body: {
          unreadCount: 0,
          notifications: list.notifications.map((n) => ({
            ...n,
            readAt: n.readAt ?? '2024-11-04T10:00:00.000Z',
          })),
        },
      },
    });
    renderRoute('/notiser');

    expect(await screen.findByRole('link', { name: 'Notiser, 1 oläst' })).toHaveAttribute(
      'href',
      '/notiser',
    );
    const items = within(await screen.findByRole('list', { name: 'Notiser' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    const returned = within(items[0]!);
    expect(returned.getByRole('heading', { level: 2 }).textContent).toBe(
      list.notifications[0]!.title,
    );
    expect(returned.getByText(/Kansliets kommentar: Komplettera målstatus\./)).toBeInTheDocument();
    expect(returned.getByText('4 november 2024')).toBeInTheDocument();
    expect(returned.getByRole('link', { name: 'Öppna' })).toHaveAttribute(
      'href',
      '/insatser/i-knivsta?rapport=r-q2',
    );
    expect(within(items[1]!).queryByRole('button', { name: /Markera som läst/ })).toBeNull();

    await userEvent.click(returned.getByRole('button', { name: /Markera som läst/ }));
    expect(await screen.findByRole('link', { name: 'Notiser' })).toBeInTheDocument();
    expect(
      requests.some((r) => r.method === 'POST' && r.path === '/api/notifications/n-returned/read'),
    ).toBe(true);
    expect(screen.getByText('Alla notiser är lästa.')).toBeInTheDocument();
  });

  it('lets the user turn reminder e-mails off', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('LEAD') },
      'GET /api/notifications': { status: 200, body: list },
      'GET /api/notifications/preferences': { status: 200, body: { reminderEmails: true } },
      'PUT /api/notifications/preferences': { status: 200, body: { reminderEmails: false } },
    });
    renderRoute('/notiser');
    const checkbox = await screen.findByRole('checkbox', {
      name: 'Skicka påminnelser till mig med e-post',
    });
    expect(checkbox).toBeChecked();
    await userEvent.click(checkbox);
    expect(
      await screen.findByRole('checkbox', { name: 'Skicka påminnelser till mig med e-post' }),
    ).not.toBeChecked();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ reminderEmails: false });
  });
});
