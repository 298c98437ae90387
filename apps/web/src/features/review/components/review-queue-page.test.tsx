import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE } from '@finsam/domain';
import { stubFetch, type TStubReply } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import {
  carryOverApplied,
  carryOverDecided,
  carryOverPreview,
  knivstaQ4,
  reviewQueue,
} from '../../../test/review/review-queue.ts';

const kr = (text: string) => `${text.replace(/ /g, NO_BREAK_SPACE)}${NO_BREAK_SPACE}kr`;

function stub(extra: Record<string, TStubReply> = {}) {
  return stubFetch({
    'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
    'GET /api/review-queue': { status: 200, body: reviewQueue },
    'GET /api/deviations/deviation-carry-over/effect': { status: 200, body: carryOverPreview },
    'GET /api/reports/report-knivsta-q4': { status: 200, body: knivstaQ4 },
    ...extra,
  });
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .concat(within(row).queryAllByRole('rowheader'))
    .map((cell) => cell.textContent);

describe('Granskning', () => {
  it('lists submitted reports, the open deviation with its effect preview, and overdue reports', async () => {
    stub();
    renderRoute('/granskning');
    expect(await screen.findByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Rapporter som väntar på granskning' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'En väg in - steget vidare',
      'Lokussamordnare Uppsala',
      'En väg in - steget vidare',
    ]);
    const preview = await screen.findByRole('table', { name: /Effekt om avvikelsen beviljas/ });
    const row = within(preview)
      .getByRole('rowheader', { name: 'Justerad budget 2024' })
      .closest('tr')!;
    expect(cellsOf(row)).toEqual([kr('1 695 000'), kr('1 745 000'), 'Justerad budget 2024']);
    const overdue = screen.getByRole('table', { name: 'Försenade kvartalsrapporter' });
    expect(within(overdue).getByRole('rowheader').textContent).toBe('Bryggan');
    expect(within(overdue).getByRole('cell', { name: 'Ingen rapport påbörjad' })).toBeVisible();
  });

  it('returns a report only with a comment, and says so', async () => {
    const { requests } = stub({
      'POST /api/reports/report-knivsta-q4/return': (request) => ({
        status: 200,
        body: {
          ...knivstaQ4,
          status: 'RETURNED',
          version: 3,
          officeComment: (request.body as { comment: string }).comment,
        },
      }),
    });
    const user = userEvent.setup();
    renderRoute('/granskning');
    await user.click(
      await screen.findByRole('button', {
        name: 'Granska En väg in - steget vidare, kvartal 4 2024',
      }),
    );
    const panel = await screen.findByRole('region', {
      name: 'Granska: En väg in - steget vidare, kvartal 4 2024',
    });
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 3 })).toHaveFocus());
    expect(within(panel).getByRole('cell', { name: /vakans from april/ })).toBeVisible();

    await user.click(within(panel).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(
      await within(panel).findByText('Skriv en kommentar om vad insatsen behöver komplettera.'),
    ).toBeVisible();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(
      within(panel).getByLabelText('Kommentar till insatsen', { exact: false }),
      'Beskriv styrgruppens prognos.',
    );
    await user.click(within(panel).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(
      await screen.findByText(
        'En väg in - steget vidare, kvartal 4 2024 skickades tillbaka med kommentaren: Beskriv styrgruppens prognos.',
      ),
    ).toBeVisible();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      version: 2,
      comment: 'Beskriv styrgruppens prognos.',
    });
  });

  it('approves the chosen reports at once; one changed meanwhile is named with the reason', async () => {
    const { requests } = stub({
      'POST /api/reports/approve': {
        status: 200,
        body: {
          approved: 1,
          failed: 1,
          results: [
            {
              id: 'report-knivsta-q3',
              status: 200,
              message: null,
              report: { ...reviewQueue.submitted[0]!.report, status: 'APPROVED', version: 3 },
            },
            {
              id: 'report-lokus-q3',
              status: 409,
              message:
                'Någon annan har ändrat uppgifterna sedan du hämtade dem. Ladda om och försök igen.',
              report: null,
            },
          ],
        },
      },
    });
    const user = userEvent.setup();
    renderRoute('/granskning');
    await user.click(
      await screen.findByRole('checkbox', {
        name: 'Välj En väg in - steget vidare, kvartal 3 2024',
      }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Välj Lokussamordnare Uppsala, kvartal 3 2024' }),
    );
    await user.click(screen.getByRole('button', { name: 'Godkänn markerade (2)' }));
    expect(
      await screen.findByText('En väg in - steget vidare, kvartal 3 2024 godkändes.'),
    ).toBeVisible();
    expect(screen.getByText('En rapport godkändes inte')).toBeVisible();
    expect(
      screen.getByText(
        'Lokussamordnare Uppsala, kvartal 3 2024: Någon annan har ändrat uppgifterna sedan du hämtade dem. Ladda om och försök igen.',
      ),
    ).toBeVisible();
    expect(requests.find((r) => r.path === '/api/reports/approve')?.body).toEqual({
      reports: [
        { id: 'report-knivsta-q3', version: 2 },
        { id: 'report-lokus-q3', version: 2 },
      ],
    });
  });

  it('refuses a rejection without a reason, then approves and shows the effect applied', async () => {
    let decided = false;
    const { requests } = stub({
      'GET /api/deviations/deviation-carry-over/effect': () => ({
        status: 200,
        body: decided ? carryOverApplied : carryOverPreview,
      }),
      'POST /api/deviations/deviation-carry-over/decision': () => {
        decided = true;
        return { status: 200, body: carryOverDecided };
      },
    });
    const user = userEvent.setup();
    renderRoute('/granskning');
    const card = await screen.findByRole('article', {
      name: 'En väg in - steget vidare: Överföring av ej nyttjade medel',
    });
    await user.click(within(card).getByRole('radio', { name: 'Avslå' }));
    await user.click(within(card).getByRole('button', { name: 'Besluta' }));
    expect(await within(card).findByText('Ange skälet till avslaget.')).toBeVisible();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(card).getByRole('radio', { name: 'Bevilja' }));
    await user.type(within(card).getByLabelText('Skäl', { exact: false }), 'Vakansen är styrkt.');
    await user.click(within(card).getByRole('button', { name: 'Besluta' }));
    const applied = await screen.findByRole('table', { name: /Genomförd effekt/ });
    const row = within(applied)
      .getByRole('rowheader', { name: 'Justerad budget 2024' })
      .closest('tr')!;
    expect(cellsOf(row)).toEqual([kr('1 695 000'), kr('1 745 000'), 'Justerad budget 2024']);
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      version: 0,
      decision: 'APPROVED',
      reason: 'Vakansen är styrkt.',
    });
  });
});
