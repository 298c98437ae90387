import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import {
  leadOverview2024,
  overview2019H2,
  overview2022,
  overview2022H2,
  overview2024Year,
  sessionOf,
} from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import { findTable } from '../../../test/find-table.ts';

const pct = (value: number) => `${value}${NO_BREAK_SPACE}%`;

function rowCells(table: HTMLElement, name: string): string[] {
  const header = within(table).getByRole('rowheader', { name });
  return [...header.closest('tr')!.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
}

function show(period: string, body: unknown, role: 'BOARD' | 'LEAD' = 'BOARD') {
  stubFetch({
    'GET /api/auth/me': { status: 200, body: sessionOf(role) },
    [`GET /api/dashboard?period=${period}`]: { status: 200, body },
  });
  renderRoute(`/oversikt?period=${period}`);
}

describe('Överblick — period states and labels (issue 12)', () => {
  it('Helår 2024 is a running year: "data t.o.m. kvartal 2", 93 % of 10 329, no row at 0 %', async () => {
    show('2024', overview2024Year);
    expect((await screen.findByText(/data t\.o\.m\. kvartal 2 2024/)).textContent).toContain(
      'Helår 2024',
    );
    const card = screen
      .getByRole('heading', { name: 'Förbrukningskvot totalt, antagen budget' })
      .closest('.key-figure')!;
    expect(card.querySelector('.key-figure__number')!.textContent).toBe(pct(93));
    expect(card.textContent).toContain(`av 10${NO_BREAK_SPACE}329 TSEK mot antagen budget`);
    const money = await findTable('Utfall och budget per insats, Helår 2024');
    expect(rowCells(money, 'Jobbcentrum')[4]).toBe(`${pct(72)}Låg förbrukning`);
    expect(money.textContent).not.toMatch(/(^|[^\d])0\u00a0%/);
  });

  it('2022 H2 has nothing recorded: says so, offers 2022 H1, shows no zeros', async () => {
    show('2022H2', overview2022H2);
    expect(
      await screen.findByRole('heading', { name: 'Inga uppgifter för Kvartal 3–4 2022' }),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Kvartal 1–2 2022' });
    expect(link.getAttribute('href')).toContain('period=2022H1');
    expect(screen.queryByText(/Utfall 0 av/)).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('2019 H2: every row shows its utfall for kvartal 3–4, a missing budget is "–", one note for all', async () => {
    show('2019H2', overview2019H2);
    const money = await findTable('Utfall och budget per insats, Kvartal 3–4 2019');
    expect(
      within(money).getByRole('columnheader', { name: /Utfall kvartal 3–4 TSEK/ }),
    ).toBeTruthy();
    // Framsteget: Utfall kvartal 3+4 1 065 031 kr → 1 065; no 2019 budget or Jan–Jun utfall stored.
    expect(rowCells(money, 'Framsteget').slice(2, 7)).toEqual([
      `1${NO_BREAK_SPACE}065`,
      '–',
      '–',
      '–',
      '',
    ]);
    // Växtverket from 1 September: 474 887 / 476 000 → 100 %.
    expect(rowCells(money, 'Växtverket').slice(2, 6)).toEqual([
      '475',
      '475',
      '476',
      `${pct(100)}I fas`,
    ]);
    expect(screen.getByText(/För 19 av 21 insatser finns varken årets budget/)).toBeInTheDocument();
    // The key figure says it covers only the two rows with a whole-year kvot.
    const ratioCard = screen
      .getByRole('heading', { name: 'Förbrukningskvot totalt, antagen budget' })
      .closest('.key-figure')!;
    expect(ratioCard.textContent).toContain('Räknat på 2 av 21 insatser');
    // 60-30-10 in TSEK, never raw kronor under a TSEK footer.
    const targets = screen.getByRole('table', { name: /Förbundets mål 2019/ });
    const individual = within(targets).getByRole('row', { name: /60 % ska vara individinriktade/ });
    // Σ of Tabell 4's "Utfall kvartal 3+4" is 9 177 TSEK; the individinsatser's part 6 282 → 68 %.
    expect(individual.textContent).toContain(
      `${pct(68)} (6${NO_BREAK_SPACE}282 av 9${NO_BREAK_SPACE}177 TSEK)`,
    );
    // "0 under uppsikt" is plain text, not a yellow tag.
    const running = screen
      .getByRole('heading', { name: 'Insatser i gång' })
      .closest('.key-figure')!;
    const zero = within(running as HTMLElement).getByText('0 under uppsikt');
    expect(zero.closest('.status-tag')).toBeNull();
    // No economic plan stood for 2019.
    expect(screen.getByText('Det finns ingen ekonomisk plan för 2019.')).toBeInTheDocument();
  });

  it("2022 H1 headlines the 2021-09 plan's beslutsutrymme for 2022, not the 2024-10 plan", async () => {
    show('2022H1', overview2022);
    const card = (await screen.findByRole('heading', { name: 'Beslutsutrymme 2022' })).closest(
      '.key-figure',
    )!;
    expect(card.querySelector('.key-figure__number')!.textContent).toBe('141');
    expect(card.textContent).toContain('ekonomisk information per 2021-09-16');
  });

  it('a lead sees links only to the interventions they may open', async () => {
    show('2024H1', leadOverview2024, 'LEAD');
    const money = await findTable('Utfall och budget per insats, Kvartal 1–2 2024');
    expect(
      within(money)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['En väg in - steget vidare']);
    expect(
      within(money).getByRole('rowheader', { name: 'Jobbcentrum' }).querySelector('a'),
    ).toBeNull();
  });

  it('a period with participant figures but no utfall says so in its key figure, not "0 av 0 TSEK"', async () => {
    // As a quarter is once its months' participant figures are in and before any utfall is.
    const noMoney = structuredClone(overview2024Year);
    for (const row of noMoney.money.rows) row.outcomeKronor = null;
    show('2024', noMoney);
    const card = (
      await screen.findByRole('heading', { name: 'Förbrukningskvot totalt, antagen budget' })
    ).closest('.key-figure')!;
    expect(card.textContent).toContain('Inget utfall är registrerat för perioden.');
    expect(card.textContent).not.toContain('TSEK');
  });
});
