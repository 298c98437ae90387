import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZReportQuestionSet, type TReportQuestionSet } from '@finsam/domain';
import { stubFetch, type TStubbedRequest } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

// Three questions of the 2024 set as the API serves them (seed 2024-10 PM Tabell 2, 3 and 5).
const SET_2024: TReportQuestionSet = ZReportQuestionSet.parse({
  year: 2024,
  source: 'Uppföljning av insatser Kvartal 1 och 2 år 2024',
  version: 0,
  updatedAt: '2026-12-01T08:00:00.000Z',
  inUse: true,
  questions: [
    {
      key: 'goalPhase',
      section: 'GOALS',
      label: 'Insatsen ligger i fas gällande uppsatta mål',
      options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
    },
    {
      key: 'vacanciesFunded',
      section: 'CONDITIONS',
      label: 'Vakanser SOF-medel',
      options: ['Ja', 'Nej'],
    },
    {
      key: 'targetGroupChecked',
      section: 'QUALITY',
      label: 'Kontroll målgrupp',
      options: ['Ja', 'Nej'],
      notApplicableFor: ['STRUCTURAL'],
    },
  ],
});
const LIST = {
  sets: [
    { year: 2019, questionCount: 15 },
    { year: 2022, questionCount: 14 },
    { year: 2024, questionCount: 3 },
  ],
};

function routes(put: (request: TStubbedRequest) => { status: number; body?: unknown }) {
  return {
    'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
    'GET /api/report-question-sets': { status: 200, body: LIST },
    'GET /api/report-question-sets/2024': { status: 200, body: SET_2024 },
    'PUT /api/report-question-sets/2024': put,
    'POST /api/report-question-sets/2025/copy': {
      status: 201,
      body: { ...SET_2024, year: 2025, inUse: false, source: 'Kansliet' },
    },
    'GET /api/report-question-sets/2025': {
      status: 200,
      body: { ...SET_2024, year: 2025, inUse: false, source: 'Kansliet' },
    },
  };
}

async function openPage() {
  renderRoute('/rapportfragor');
  return screen.findByRole('form', { name: 'Frågor 2024' });
}

describe('Kvartalsrapportens frågor', () => {
  it('lists the years, shows the newest, and saves edited wording at the version read', async () => {
    const { requests } = stubFetch(
      routes((request) => ({
        status: 200,
        body: {
          ...SET_2024,
          version: 1,
          questions: (request.body as TReportQuestionSet).questions,
        },
      })),
    );
    const user = userEvent.setup();
    const form = await openPage();
    const years = screen.getByRole('table', { name: 'År med egna frågor' });
    expect(
      within(years)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['2019', '2022', '2024']);
    expect(screen.getByText(/har redan skickats in med de här frågorna/)).toBeInTheDocument();
    // The default rule written out: "Nej" needs an explanation in Tabell 2.
    const first = within(form).getByRole('group', { name: /^Fråga 1/ });
    const explain = within(first).getByRole('group', { name: 'Kräver en förklaring vid svaret' });
    expect(within(explain).getByLabelText('Nej')).toBeChecked();

    const text = within(first).getByLabelText('Frågetext');
    await user.clear(text);
    await user.type(text, 'I fas?');
    await user.click(within(form).getByRole('button', { name: 'Flytta ned fråga 2' }));
    await user.click(within(form).getByRole('button', { name: 'Spara frågorna för 2024' }));

    expect(await screen.findByText('Frågorna för 2024 är sparade.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!.body as TReportQuestionSet;
    expect(put.version).toBe(0);
    expect(put.questions.map((q) => q.key)).toEqual([
      'goalPhase',
      'targetGroupChecked',
      'vacanciesFunded',
    ]);
    expect(put.questions[0]).toEqual({
      key: 'goalPhase',
      section: 'GOALS',
      label: 'I fas?',
      options: ['Ja', 'I stort sett', 'Delvis', 'Nej'],
      textRequiredFor: ['Nej'],
    });
    expect(put.questions[1]).toMatchObject({ notApplicableFor: ['STRUCTURAL'] });
  });

  it('checks in the browser first: an empty question text and an empty option, in Swedish', async () => {
    const { requests } = stubFetch(routes(() => ({ status: 500 })));
    const user = userEvent.setup();
    const form = await openPage();
    await user.clear(within(form).getAllByLabelText('Frågetext')[1]!);
    await user.click(
      within(form).getByRole('button', { name: 'Lägg till svarsalternativ på fråga 3' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Spara frågorna för 2024' }));
    expect(await within(form).findByText('Skriv frågan.')).toBeInTheDocument();
    expect(within(form).getByText('Ett svarsalternativ får inte vara tomt.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it("shows the API's refusal of a destructive change beside the field", async () => {
    stubFetch(
      routes(() => ({
        status: 400,
        body: {
          error: {
            code: 'VALIDATION',
            message:
              'Kvartalsrapporter för 2024 har redan skickats in med de här frågorna. Formuleringar och ordning kan ändras och svarsalternativ läggas till sist; annat ändras i nästa års frågor.',
            fields: [
              {
                path: 'body.questions.1.options',
                message:
                  'Svarsalternativ som redan har valts kan inte tas bort eller byta namn; nya kan läggas till sist.',
              },
            ],
          },
        },
      })),
    );
    const user = userEvent.setup();
    const form = await openPage();
    await user.click(
      within(form).getByRole('button', { name: 'Ta bort svarsalternativ 1 på fråga 2' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Spara frågorna för 2024' }));
    expect(
      await within(form).findByText(
        'Svarsalternativ som redan har valts kan inte tas bort eller byta namn; nya kan läggas till sist.',
      ),
    ).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent(/redan skickats in/);
  });

  it('tells about a conflict (409) and offers the saved version', async () => {
    stubFetch(
      routes(() => ({
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message:
              'Någon annan har ändrat uppgifterna sedan du hämtade dem. Ladda om och försök igen.',
            current: { ...SET_2024, version: 1 },
          },
        },
      })),
    );
    const user = userEvent.setup();
    const form = await openPage();
    await user.click(within(form).getByRole('button', { name: 'Spara frågorna för 2024' }));
    expect(
      await screen.findByText(/Frågorna har sparats av någon annan sedan du öppnade dem/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hämta den sparade versionen' })).toBeVisible();
  });

  it('starts next year from the newest year', async () => {
    const { requests } = stubFetch(routes(() => ({ status: 500 })));
    const user = userEvent.setup();
    await openPage();
    await user.click(screen.getByRole('button', { name: 'Börja frågorna för 2025 från 2024' }));
    expect(await screen.findByRole('form', { name: 'Frågor 2025' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ fromYear: 2024 });
  });
});
