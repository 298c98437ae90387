import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  expandGoalQuestions,
  ZParticipantPeriod,
  ZPreviousQuarterlyReport,
  ZQuarterlyReport,
  type TQuarterlyReport,
} from '@finsam/domain';
import { stubFetch, type TStubbedRequest } from '../../../test/fetch-stub.ts';
import { interventionList, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import draft2024q3 from '../../../test/fixtures/lead-report-en-vag-in-2024q3.json';
import participants2024q3 from '../../../test/fixtures/lead-participants-en-vag-in-2024q3.json';

// En väg in – steget vidare's 2024 Q3 draft (captured from the seeded database) with its goal
// questions asked per goal of two goals, as the API serves a new draft (expandGoalQuestions).
const enVagIn = interventionList.interventions.find((r) => r.key === 'en-vag-in-steget-vidare')!;
const base = ZQuarterlyReport.parse({ ...draft2024q3, interventionId: enVagIn.id });
const goals = [
  { id: 'goal1', text: 'Minst 60 deltagare per år.' },
  { id: 'goal2', text: 'Minst 35 % av de avslutade går till arbete eller studier.' },
];
const draft: TQuarterlyReport = { ...base, questions: expandGoalQuestions(base.questions, goals) };
const participants = ZParticipantPeriod.parse({
  ...participants2024q3,
  interventionId: enVagIn.id,
});

function saved(request: TStubbedRequest): TQuarterlyReport {
  const body = request.body as {
    version: number;
    answers: Record<string, { value: string; text?: string } | null>;
  };
  const answers = Object.fromEntries(
    Object.entries(body.answers).filter(
      (entry): entry is [string, { value: string }] => entry[1] !== null,
    ),
  );
  return { ...draft, answers, version: body.version + 1 };
}

beforeEach(() => {
  window.localStorage.clear();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('kvartalsrapport form: goal status per goal', () => {
  it('asks phase, forecast and a text per goal, and names the goal in each message', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('LEAD') },
      'GET /api/interventions': { status: 200, body: interventionList },
      [`GET /api/reports/${draft.id}`]: { status: 200, body: draft },
      [`GET /api/reports/${draft.id}/previous`]: {
        status: 200,
        body: ZPreviousQuarterlyReport.parse({ report: null }),
      },
      [`GET /api/interventions/${enVagIn.id}/participants/2024Q3`]: {
        status: 200,
        body: participants,
      },
      [`PATCH /api/reports/${draft.id}`]: (request) => ({ status: 200, body: saved(request) }),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderRoute(`/mina-insatser/rapporter/${draft.id}`);
    const form = await screen.findByRole('form', { name: 'Kvartalsrapport' });

    const first = within(form).getByRole('group', { name: 'Mål 1' });
    const second = within(form).getByRole('group', { name: 'Mål 2' });
    expect(within(first).getByText('Minst 60 deltagare per år.')).toBeInTheDocument();
    await user.click(
      within(
        within(first).getByRole('group', { name: 'Insatsen ligger i fas gällande uppsatta mål' }),
      ).getByLabelText('Ja'),
    );
    await user.click(
      within(
        within(second).getByRole('group', { name: 'Insatsen ligger i fas gällande uppsatta mål' }),
      ).getByLabelText('Nej'),
    );
    await user.click(within(form).getByRole('button', { name: 'Granska och skicka' }));

    expect(
      await within(form).findByRole('link', {
        name: 'Förklara svaret "Nej" på frågan "Insatsen ligger i fas gällande uppsatta mål" för mål 2.',
      }),
    ).toHaveAttribute('href', '#answer-goalPhase__goal2-text');
    expect(
      within(form).getByRole('link', {
        name: 'Besvara frågan "Styrgruppens prognos för måluppfyllelse" för mål 1.',
      }),
    ).toHaveAttribute('href', '#answer-goalForecast__goal1-value');
    expect(
      within(form).queryByRole('link', {
        name: /Besvara frågan "Insatsen ligger i fas gällande uppsatta mål" för mål 1/,
      }),
    ).toBeNull();
    expect(requests.some((r) => r.path.endsWith('/submit'))).toBe(false);
  });

  it('has a row for those who moved on to the successor beside the ongoing, with its live total', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('LEAD') },
      'GET /api/interventions': { status: 200, body: interventionList },
      [`GET /api/reports/${draft.id}`]: { status: 200, body: draft },
      [`GET /api/reports/${draft.id}/previous`]: {
        status: 200,
        body: ZPreviousQuarterlyReport.parse({ report: null }),
      },
      [`GET /api/interventions/${enVagIn.id}/participants/2024Q3`]: {
        status: 200,
        body: participants,
      },
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderRoute(`/mina-insatser/rapporter/${draft.id}`);
    const grid = await screen.findByRole('table', { name: /Deltagare per kön/ });
    const headers = within(grid)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(headers.indexOf('Gått vidare till efterföljande insats')).toBe(
      headers.indexOf('Pågående vid periodens slut') + 1,
    );
    await user.type(
      within(grid).getByLabelText('Gått vidare till efterföljande insats, kvinnor'),
      '3',
    );
    await user.type(within(grid).getByLabelText('Gått vidare till efterföljande insats, män'), '1');
    const row = within(grid).getByRole('row', { name: /Gått vidare till efterföljande insats/ });
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('4');
  });
});
