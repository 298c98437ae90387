import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import {
  enVagIn2024,
  interventionList,
  jobbcentrum2022,
  sessionOf,
} from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import { findTable } from '../../../test/find-table.ts';

const pct = (value: number) => `${value}${NO_BREAK_SPACE}%`;

function rowCells(table: HTMLElement, name: string): string[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

function stub() {
  return stubFetch({
    'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
    'GET /api/interventions/en-vag-in-steget-vidare/dashboard?period=2024H1': {
      status: 200,
      body: enVagIn2024,
    },
  });
}

describe('Insats', () => {
  it('shows the facts: owner, partners, period, expected participants and goals', async () => {
    stub();
    renderRoute('/insatser/en-vag-in-steget-vidare?period=2024H1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'En väg in – steget vidare' }),
    ).toBeInTheDocument();
    // The content renders deferred after the heading (QueryState, decision 016).
    const facts = await screen.findByRole('region', { name: 'Fakta om insatsen' });
    const detail = (term: string) => within(facts).getByText(term).nextElementSibling!.textContent;
    expect(detail('Insatsägare')).toBe('Knivsta kommun');
    expect(detail('Samverkansparter')).toBe(
      'Arbetsförmedlingen, Försäkringskassan, Region Uppsala',
    );
    expect(detail('Insatsperiod')).toBe('1 januari 2022 – 31 december 2024');
    expect(detail('Förväntat antal deltagare')).toContain('120 under hela insatsperioden');
    expect(
      within(facts).getByRole('link', { name: 'En väg in – flera vägar ut' }),
    ).toBeInTheDocument();
    expect(
      within(facts).getByText(/Minst 15 personer ska skrivas ut till arbete eller studier/),
    ).toBeInTheDocument();
  });

  it('shows goal status quarter by quarter and budget against utfall over time', async () => {
    stub();
    renderRoute('/insatser/en-vag-in-steget-vidare?period=2024H1');
    const goals = await findTable('Måluppfyllelse kvartal för kvartal, En väg in - steget vidare');
    expect(rowCells(goals, 'Kvartal 2 2024').slice(1, 3)).toEqual(['Ja', 'Ja']);
    expect(rowCells(goals, 'Kvartal 2 2022').slice(1, 3)).toEqual(['Ja', 'Ja']);

    // The lower sections are drawn once the top has been painted (AfterFirstPaint).
    const money = await findTable('Utfall och budget per period, En väg in - steget vidare');
    expect(rowCells(money, 'Kvartal 1–2 2022').slice(1, 4)).toEqual([
      '884',
      '983',
      `${pct(90)}Låg förbrukning`,
    ]);
    expect(rowCells(money, 'Kvartal 1–2 2024').slice(1, 4)).toEqual([
      '789',
      '848',
      `${pct(93)}I fas`,
    ]);
    expect(rowCells(money, 'Kvartal 1–2 2023')[4]).toBe('Budget för 2023 saknas');
    const budgets = screen.getByRole('table', { name: 'Budget per år, En väg in - steget vidare' });
    expect(rowCells(budgets, '2024').slice(1, 3)).toEqual([
      `1${NO_BREAK_SPACE}695`,
      `1${NO_BREAK_SPACE}695`,
    ]);
  });

  it('shows participants by gender over time behind "Visa som tabell"', async () => {
    stub();
    renderRoute('/insatser/en-vag-in-steget-vidare?period=2024H1');
    const section = (
      await screen.findByRole('heading', {
        name: 'Deltagare per period, En väg in - steget vidare',
      })
    ).closest('section')!;
    await userEvent.click(within(section).getByRole('button', { name: 'Visa som tabell' }));
    const table = within(section).getByRole('table', {
      name: 'Deltagare per period, En väg in - steget vidare',
    });
    expect(rowCells(table, 'Kvartal 1–2 2022').slice(1, 4)).toEqual(['21', '17', '38']);
    expect(rowCells(table, 'Kvartal 1–2 2024').slice(1, 4)).toEqual(['13', '8', '21']);
    expect(rowCells(table, 'Kvartal 1–2 2024').at(-1)).toBe(pct(70));
  });

  it('shows the quarterly answers with their texts, and says there are no deviations', async () => {
    stub();
    renderRoute('/insatser/en-vag-in-steget-vidare?period=2024H1');
    const reports = await screen.findByRole('region', { name: 'Kvartalsrapporter' });
    const conditions = within(reports).getByRole('table', {
      name: 'Förutsättningar för utfall – Kvartal 2 2024',
    });
    expect(rowCells(conditions, 'Vakanser SOF-medel').slice(1)).toEqual([
      'Ja',
      'En väg in – steget vidare i Knivsta har haft en vakans from april månad år 2024.',
    ]);
    expect(within(reports).getByText('Kvartal 2 2022 · Godkänd')).toBeInTheDocument();
    const deviations = screen.getByRole('region', { name: 'Avvikelser och beslut' });
    expect(deviations).toHaveTextContent('Inga avvikelser har rapporterats för insatsen.');
  });

  it('lists the interventions, filterable by kind, each linking to its page', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/interventions': { status: 200, body: interventionList },
    });
    renderRoute('/insatser?period=2024H1');
    const table = await findTable('Insatser');
    expect(within(table).getByRole('link', { name: 'En väg in - steget vidare' })).toHaveAttribute(
      'href',
      '/insatser/en-vag-in-steget-vidare?period=2024H1',
    );
    const all = within(table).getAllByRole('rowheader').length;
    await userEvent.selectOptions(screen.getByLabelText('Typ av insats'), 'Strukturinsatser');
    const structural = within(screen.getByRole('table', { name: 'Insatser' })).getAllByRole(
      'rowheader',
    ).length;
    expect(structural).toBeLessThan(all);
    expect(screen.getByRole('status')).toHaveTextContent(`Visar ${structural} av ${all} insatser.`);
  });
});

describe('Insats — the same rules as Överblick (issue 12)', () => {
  it("Jobbcentrum 2022 H1: goal status from the period's own report, 15 of 18 to work or studies", async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/interventions/jobbcentrum/dashboard?period=2022H1': {
        status: 200,
        body: jobbcentrum2022,
      },
    });
    renderRoute('/insatser/jobbcentrum?period=2022H1');
    const card = (
      await screen.findByRole('heading', { name: 'Till arbete eller studier' })
    ).closest('.key-figure')!;
    expect(card.querySelector('.key-figure__number')!.textContent).toBe(`83${NO_BREAK_SPACE}%`);
    expect(card.textContent).toContain('15 av 18 avslutade');
    expect(card.textContent).not.toContain('–');
    const status = screen
      .getByRole('heading', { name: 'Målstatus: i fas med målen' })
      .closest('.key-figure')!;
    expect(status.textContent).toContain('Enligt rapporten för Kvartal 2 2022');
  });
});
