import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ZParticipantPeriod,
  ZPreviousQuarterlyReport,
  ZQuarterlyReport,
  type TQuarterlyReport,
} from '@finsam/domain';
import { stubFetch, type TStubbedRequest } from '../../../test/fetch-stub.ts';
import { interventionList, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import draft2024q3 from '../../../test/fixtures/lead-report-en-vag-in-2024q3.json';
import previous2024q3 from '../../../test/fixtures/lead-report-en-vag-in-2024q3-previous.json';
import participants2024q3 from '../../../test/fixtures/lead-participants-en-vag-in-2024q3.json';

// En väg in – steget vidare's 2024 Q3 draft as the API answered it on a freshly seeded database,
// with the 2024 question set (13 questions of the PM's Tabell 2, 3 and 5).
const enVagIn = interventionList.interventions.find((r) => r.key === 'en-vag-in-steget-vidare')!;
const draft = ZQuarterlyReport.parse({ ...draft2024q3, interventionId: enVagIn.id });
const previous = ZPreviousQuarterlyReport.parse(previous2024q3);
const participants = ZParticipantPeriod.parse({
  ...participants2024q3,
  interventionId: enVagIn.id,
});
const path = `/mina-insatser/rapporter/${draft.id}`;

function routes(patch: (request: TStubbedRequest) => { status: number; body?: unknown }) {
  return {
    'GET /api/auth/me': { status: 200, body: sessionOf('LEAD') },
    'GET /api/interventions': { status: 200, body: interventionList },
    [`GET /api/reports/${draft.id}`]: { status: 200, body: draft },
    [`GET /api/reports/${draft.id}/previous`]: { status: 200, body: previous },
    [`GET /api/interventions/${enVagIn.id}/participants/2024Q3`]: {
      status: 200,
      body: participants,
    },
    [`PATCH /api/reports/${draft.id}`]: patch,
  };
}

/** What the server would answer to a PATCH: the draft with the answers merged, version + 1. */
function saved(request: TStubbedRequest, base: TQuarterlyReport = draft): TQuarterlyReport {
  const body = request.body as {
    version: number;
    answers: Record<string, { value: string; text?: string } | null>;
  };
  const answers = Object.fromEntries(
    Object.entries(body.answers).filter(
      (entry): entry is [string, { value: string }] => entry[1] !== null,
    ),
  );
  return { ...base, answers, version: body.version + 1, updatedAt: '2026-12-01T10:15:00.000Z' };
}

beforeEach(() => {
  window.localStorage.clear();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const setupUser = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

async function openForm() {
  renderRoute(path);
  return screen.findByRole('form', { name: 'Kvartalsrapport' });
}

describe('kvartalsrapport form: validation', () => {
  it('lists every missing answer at the top with a link to its field, and sends nothing to submit', async () => {
    const { requests } = stubFetch(routes((request) => ({ status: 200, body: saved(request) })));
    const user = setupUser();
    const form = await openForm();
    await user.click(within(form).getByRole('button', { name: 'Granska och skicka' }));

    const summary = await screen.findByText(
      /Rapporten kan inte skickas in ännu\. Rätta de 13 felen/,
    );
    const links = within(
      summary.closest('[class*="error-summary"], div')!.parentElement!,
    ).getAllByRole('link');
    expect(links).toHaveLength(13);
    expect(links[0]).toHaveTextContent(
      'Besvara frågan "Insatsen ligger i fas gällande uppsatta mål".',
    );
    expect(links[0]).toHaveAttribute('href', '#answer-goalPhase-value');
    expect(document.getElementById('answer-goalPhase-value')).not.toBeNull();
    // The same message beside the field.
    const goal = within(form).getByRole('group', {
      name: 'Insatsen ligger i fas gällande uppsatta mål',
    });
    expect(
      within(goal).getByText('Besvara frågan "Insatsen ligger i fas gällande uppsatta mål".'),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.path.endsWith('/submit'))).toBe(false);
  });

  it('asks for the explanation a "Nej" needs, and keeps everything typed', async () => {
    stubFetch(routes((request) => ({ status: 200, body: saved(request) })));
    const user = setupUser();
    const form = await openForm();
    const meetings = within(form).getByRole('group', { name: 'Styrgruppsmöten enl. ök' });
    await user.click(within(meetings).getByLabelText('Nej'));
    await user.type(
      within(form).getAllByLabelText('Sammanfattning från styrgruppen (frivillig)')[0]!,
      'Bra kvartal',
    );
    await user.click(within(form).getByRole('button', { name: 'Granska och skicka' }));
    // In the summary (a link to the explanation) and beside the field.
    expect(
      await within(form).findAllByText(
        'Förklara svaret "Nej" på frågan "Styrgruppsmöten enl. ök".',
      ),
    ).toHaveLength(2);
    expect(
      within(form).getByRole('link', {
        name: 'Förklara svaret "Nej" på frågan "Styrgruppsmöten enl. ök".',
      }),
    ).toHaveAttribute('href', '#answer-steeringMeetings-text');
    expect(within(form).getByLabelText('Förklaring (krävs för svaret ”Nej”)')).toBeInTheDocument();
    expect(within(meetings).getByLabelText('Nej')).toBeChecked();
    expect(within(form).getByLabelText('Sammanfattning från styrgruppen (frivillig)')).toHaveValue(
      'Bra kvartal',
    );
  });

  it("fills in last quarter's answers on request (2024 Q2 as the PM prints it)", async () => {
    stubFetch(routes((request) => ({ status: 200, body: saved(request) })));
    const user = setupUser();
    const form = await openForm();
    await user.click(
      await within(form).findByRole('button', { name: 'Fyll i med svaren från 2024 kvartal 2' }),
    );
    const vacancies = within(form).getByRole('group', { name: 'Vakanser SOF-medel' });
    expect(within(vacancies).getByLabelText('Ja')).toBeChecked();
  });
});

describe('kvartalsrapport form: autosave', () => {
  it('saves a change to the server at the version it has, then at the next one', async () => {
    const { requests } = stubFetch(routes((request) => ({ status: 200, body: saved(request) })));
    const user = setupUser();
    const form = await openForm();
    await user.click(
      within(
        within(form).getByRole('group', { name: 'Insatsen ligger i fas gällande uppsatta mål' }),
      ).getByLabelText('Delvis'),
    );
    await act(() => vi.advanceTimersByTimeAsync(1500));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    const first = requests.find((r) => r.method === 'PATCH')!.body as {
      version: number;
      answers: Record<string, unknown>;
    };
    expect(first.version).toBe(0);
    expect(first.answers.goalPhase).toEqual({ value: 'Delvis' });
    expect(first.answers.goalForecast).toBeNull();
    expect(
      await screen.findByText(/Utkastet är sparat 1 december 2026 kl\. 11:15/),
    ).toBeInTheDocument();

    await user.click(
      within(
        within(form).getByRole('group', { name: 'Styrgruppens prognos för måluppfyllelse' }),
      ).getByLabelText('Ja'),
    );
    await act(() => vi.advanceTimersByTimeAsync(1500));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(2));
    expect(
      (requests.filter((r) => r.method === 'PATCH')[1]!.body as { version: number }).version,
    ).toBe(1);
  });

  it('keeps an edit made without network in this browser and restores it on reload', async () => {
    stubFetch(routes((request) => ({ status: 200, body: saved(request) })));
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const user = setupUser();
    const form = await openForm();
    vi.stubGlobal('fetch', offline);
    await user.click(
      within(within(form).getByRole('group', { name: 'Kontroll målgrupp' })).getByLabelText('Nej'),
    );
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(
      await screen.findByText(
        /Ingen kontakt med servern\. Ändringarna finns kvar på den här datorn/,
      ),
    ).toBeInTheDocument();
    const stored = JSON.parse(window.localStorage.getItem(`finsam:kvartalsrapport:${draft.id}`)!);
    expect(stored.baseVersion).toBe(0);
    expect(stored.values.answers.targetGroupChecked).toEqual({ value: 'Nej', text: '' });

    // Reload: the local edit is put back and saved.
    const { requests } = stubFetch(routes((request) => ({ status: 200, body: saved(request) })));
    renderRoute(path);
    expect(
      await screen.findByText(/Ändringar som inte hann sparas på servern har lagts tillbaka/),
    ).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1500));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(
      (requests.find((r) => r.method === 'PATCH')!.body as { answers: Record<string, unknown> })
        .answers.targetGroupChecked,
    ).toEqual({ value: 'Nej' });
    await waitFor(() =>
      expect(window.localStorage.getItem(`finsam:kvartalsrapport:${draft.id}`)).toBeNull(),
    );
  });
});

describe('kvartalsrapport form: conflict', () => {
  it('shows both versions on a 409 and saves nothing until the person chooses', async () => {
    // Another tab saved "Nej" with a text at version 1.
    const theirs: TQuarterlyReport = {
      ...draft,
      version: 1,
      answers: { goalPhase: { value: 'Nej', text: 'Från den andra fliken' } },
      updatedAt: '2026-12-01T10:10:00.000Z',
    };
    let calls = 0;
    const { requests } = stubFetch(
      routes((request) => {
        calls += 1;
        if (calls === 1)
          return {
            status: 409,
            body: {
              error: {
                code: 'CONFLICT',
                message:
                  'Rapporten har sparats från ett annat fönster eller av någon annan sedan du öppnade den.',
                current: theirs,
              },
            },
          };
        return { status: 200, body: saved(request, theirs) };
      }),
    );
    const user = setupUser();
    const form = await openForm();
    await user.click(
      within(
        within(form).getByRole('group', { name: 'Insatsen ligger i fas gällande uppsatta mål' }),
      ).getByLabelText('Ja'),
    );
    await act(() => vi.advanceTimersByTimeAsync(1500));

    const panel = await screen
      .findByRole('alert', { name: '' })
      .catch(
        () =>
          screen
            .getByText('Rapporten har ändrats på annat håll')
            .closest('[role="alert"]') as HTMLElement,
      );
    const table = within(
      screen
        .getByText('Rapporten har ändrats på annat håll')
        .closest('[role="alert"]') as HTMLElement,
    ).getByRole('table', { name: 'Skillnader mellan versionerna' });
    expect(panel).toBeTruthy();
    const row = within(table)
      .getByRole('rowheader', { name: 'Insatsen ligger i fas gällande uppsatta mål' })
      .closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Ja',
      'Nej – Från den andra fliken',
    ]);

    // Further edits are not sent while the conflict is open.
    await user.click(
      within(within(form).getByRole('group', { name: 'Kontroll metod' })).getByLabelText('Ja'),
    );
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Behåll mina ändringar' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(2));
    const second = requests.filter((r) => r.method === 'PATCH')[1]!.body as {
      version: number;
      answers: Record<string, unknown>;
    };
    expect(second.version).toBe(1);
    expect(second.answers.goalPhase).toEqual({ value: 'Ja' });
    expect(screen.queryByText('Rapporten har ändrats på annat håll')).not.toBeInTheDocument();
  });
});
