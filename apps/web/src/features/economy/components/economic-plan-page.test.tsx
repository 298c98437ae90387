import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ZEconomicPlan } from '@finsam/domain';
import { stubFetch, type TStubbedRequest } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import { plan2024, planList } from '../../../test/economy-fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';

const COLUMNS = ['budget-2024', 'prognos-2024', 'prel-2025', 'prel-2026', 'prel-2027', 'prel-2028'];
const row = (testId: string) =>
  COLUMNS.map((key) => screen.getByTestId(`${testId}-${key}`).textContent);

const summaryOf = (plan: typeof plan2024) => ({
  id: plan.id,
  key: plan.key,
  title: plan.title,
  asOfDate: plan.asOfDate,
  years: plan.years,
  version: plan.version,
});

describe('Ekonomisk plan', () => {
  it('computes the 2024-10 beslutsutrymme live and saves a new plan from it', async () => {
    const saved = ZEconomicPlan.parse({
      ...plan2024,
      id: 'plan-new',
      key: 'plan-2024-12-12',
      asOfDate: '2024-12-12',
      title: 'Ekonomisk information per 2024-12-12',
      printed: null,
    });
    const { requests }: { requests: TStubbedRequest[] } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      // After the save the list has the new plan first; the old ones stay.
      'GET /api/economic-plans': () => ({
        status: 200,
        body: requests.some((r) => r.method === 'POST')
          ? { plans: [{ ...planList.plans[0]!, ...summaryOf(saved) }, ...planList.plans] }
          : planList,
      }),
      [`GET /api/economic-plans/by-id/${plan2024.id}`]: { status: 200, body: plan2024 },
      'POST /api/economic-plans': { status: 201, body: saved },
      'GET /api/economic-plans/by-id/plan-new': { status: 200, body: saved },
    });
    renderRoute('/ekonomi/plan');
    await screen.findByRole('table', { name: /Ekonomisk information per 2024-10-24/ });

    // Seed 2024-10 "Ekonomisk information per 2024-10-24": budget 2024 24 100 − 27 059 = −2 959
    // (DOMAIN.md §8: the printed column's lines sum to −3 059; −2 959 is the paper's result row);
    // 6 360 − 2 959 = 3 401; the prognosis closes 4 830; then 1 331, 151, 2 262, 14 260.
    expect(screen.getByTestId('resultat-budget-2024').textContent).toBe('\u22122\u00a0959');
    expect(row('kvarvarande')).toEqual([
      '3\u00a0401',
      '4\u00a0830',
      '1\u00a0331',
      '151',
      '2\u00a0262',
      '14\u00a0260',
    ]);

    // RegExPro's prognosis for 2024 lowered by 45 000 kr: every later year follows at once.
    const user = userEvent.setup();
    // By label, not by role: computing the role and name of each of the plan's ~180 inputs took
    // jsdom most of a second per query.
    const regexpro = screen.getByLabelText('RegExPro, Prognos 2024, kronor');
    await user.clear(regexpro);
    await user.type(regexpro, '1 300 000');
    expect(row('kvarvarande')).toEqual([
      '3\u00a0401',
      '4\u00a0875',
      '1\u00a0376',
      '196',
      '2\u00a0307',
      '14\u00a0305',
    ]);

    // A pending application brings the "före / efter föreslagna ansökningar" rows.
    await user.type(screen.getByLabelText('Namn'), 'Steget före');
    await user.click(screen.getByRole('button', { name: 'Lägg till raden' }));
    await user.type(await screen.findByLabelText('Steget före, Prel 2025, kronor'), '1000000');
    expect(screen.getByTestId('efter-prel-2025').textContent).toBe('376');
    expect(
      screen.getByText('Kvarvarande beslutsutrymme före föreslagna ansökningar', {
        selector: 'th',
      }),
    ).toHaveAttribute('scope', 'row');

    const date = screen.getByLabelText(/Planens datum/);
    await user.clear(date);
    await user.type(date, '2024-12-12');
    await user.click(screen.getByRole('button', { name: 'Spara som ny plan' }));
    await screen.findByRole('table', { name: /Ekonomisk information per 2024-12-12/ });
    expect(screen.getByRole('option', { name: /per 2024-10-24/ })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    const regexproLine = plan2024.lines.find((l) => l.label === 'RegExPro')!;
    expect(post.body).toEqual({
      basePlanId: plan2024.id,
      baseVersion: plan2024.version,
      asOfDate: '2024-12-12',
      amounts: [{ lineId: regexproLine.id, columnKey: 'prognos-2024', amountKronor: 1_300_000 }],
      newLines: [
        {
          category: 'PENDING_APPLICATION',
          label: 'Steget före',
          ownerLabel: null,
          amounts: { 'prel-2025': 1_000_000 },
        },
      ],
      removedLineIds: [],
    });
  });

  it('removes a line from the new plan (undo possible); the saved plan keeps it', async () => {
    const { requests }: { requests: TStubbedRequest[] } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
      'GET /api/economic-plans': { status: 200, body: planList },
      [`GET /api/economic-plans/by-id/${plan2024.id}`]: { status: 200, body: plan2024 },
      'POST /api/economic-plans': { status: 201, body: plan2024 },
    });
    renderRoute('/ekonomi/plan');
    await screen.findByRole('table', { name: /Ekonomisk information per 2024-10-24/ });
    const user = userEvent.setup();
    const regexpro = plan2024.lines.find((l) => l.label === 'RegExPro')!;
    // RegExPro's 1 245 TSEK in the budget 2024 column no longer costs: 3 401 + 1 245 = 4 646.
    expect(regexpro.amounts['budget-2024']).toBe(1_245_000);
    await user.click(screen.getByRole('button', { name: 'Ta bort raden RegExPro' }));
    expect(screen.queryByLabelText('RegExPro, Prognos 2024, kronor')).toBeNull();
    expect(screen.getByTestId('kvarvarande-budget-2024').textContent).toBe('4\u00a0646');
    expect(screen.getByText(/Tas bort ur den nya planen när du sparar/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ångra borttagningen av RegExPro' }));
    expect(screen.getByTestId('kvarvarande-budget-2024').textContent).toBe('3\u00a0401');
    await user.click(screen.getByRole('button', { name: 'Ta bort raden RegExPro' }));
    await user.click(screen.getByRole('button', { name: 'Spara som ny plan' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toMatchObject({
      amounts: [],
      newLines: [],
      removedLineIds: [regexpro.id],
    });
  });
});
