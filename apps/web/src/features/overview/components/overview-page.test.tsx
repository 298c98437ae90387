import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NO_BREAK_SPACE } from '@finsam/domain';
import { stubFetch } from '../../../test/fetch-stub.ts';
import { overview2022, overview2024, sessionOf } from '../../../test/fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import { findTable } from '../../../test/find-table.ts';

const pct = (value: number) => `${value}${NO_BREAK_SPACE}%`;

/** The cells of the table row whose row header is `name`, as text. */
function rowCells(table: HTMLElement, name: string): string[] {
  const header = within(table).getByRole('rowheader', { name });
  const row = header.closest('tr')!;
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

describe('Överblick', () => {
  it('shows 2024 H1 as the PM prints it: Tabell 4 ratios with flags, the total 93 %, Tabell 6 totals', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
    });
    renderRoute('/oversikt?period=2024H1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Överblick' })).toBeInTheDocument();
    await screen.findByText('Samordningsförbundet Uppsala län · Kvartal 1–2 2024');
    expect(requests.map((request) => request.path)).toContain('/api/dashboard?period=2024H1');

    // Key figures: the delårsrapport's total 9 628 / 10 329 → 93 %, outnyttjat 701.
    // The content renders deferred after the header (QueryState, decision 016).
    const keyFigures = await screen.findByRole('region', { name: 'Nyckeltal Kvartal 1–2 2024' });
    const ratioCard = within(keyFigures)
      .getByRole('heading', { name: 'Förbrukningskvot totalt, antagen budget' })
      .closest('.key-figure')!;
    expect(ratioCard.querySelector('.key-figure__number')!.textContent).toBe(pct(93));
    expect(ratioCard.textContent).toContain(
      `Utfall 9${NO_BREAK_SPACE}628 av 10${NO_BREAK_SPACE}329 TSEK mot antagen budget. Outnyttjat 701 TSEK.`,
    );

    // PM: "12 insatser … tre av strukturell karaktär och åtta är individinsatser samt en förstudie";
    // Tabell 2: 8 in phase (Ja), 4 "I stort sett".
    const running = within(keyFigures)
      .getByRole('heading', { name: 'Insatser i gång' })
      .closest('.key-figure')!;
    expect(running.querySelector('.key-figure__number')!.textContent).toBe('12');
    expect(running.textContent).toContain('8 individinsatser, 3 strukturinsatser, 1 förstudie');
    expect(running.textContent).toContain('8 i fas4 under uppsikt');

    // Tabell 4: Jobbcentrum 955 of 1 326 → 72 %, yellow (below 90 %) with words, not colour alone.
    const money = await findTable('Utfall och budget per insats, Kvartal 1–2 2024');
    const jobbcentrum = rowCells(money, 'Jobbcentrum');
    expect(jobbcentrum.slice(2, 4)).toEqual(['955', `1${NO_BREAK_SPACE}326`]);
    expect(jobbcentrum[4]).toBe(`${pct(72)}Låg förbrukning`);
    expect(rowCells(money, 'Framsteget 2.0').slice(2, 5)).toEqual([
      `1${NO_BREAK_SPACE}804`,
      `1${NO_BREAK_SPACE}940`,
      `${pct(93)}I fas`,
    ]);
    // Lokussamordnare Uppsala: 198 647 / 180 000 kr = 110.4 % → "110 %", above 110 % → yellow.
    expect(rowCells(money, 'Lokussamordnare Uppsala')[4]).toBe(`${pct(110)}Hög förbrukning`);
    // Known discrepancy (DOMAIN.md §8): the PM prints Knivsta's budget 847; 1 695 000 / 2 shows 848.
    expect(rowCells(money, 'En väg in - steget vidare').slice(2, 5)).toEqual([
      '789',
      '848',
      `${pct(93)}I fas`,
    ]);
    // Money granted after the budget was adopted: budget 0, no ratio, the note.
    const pilot = rowCells(money, 'Förstudie pilotprojekt');
    expect(pilot[3]).toBe('0');
    expect(pilot[4]).toBe('–');
    expect(pilot[5]).toContain('Beviljades medel 2024');
    // The table's total sums its column (RegExPro's adjusted 673); the key figure above is the
    // delårsrapport's total against the adopted budgets, 10 329.
    expect(rowCells(money, 'Totalt mot justerad budget').slice(2, 5)).toEqual([
      `9${NO_BREAK_SPACE}628 (beräknat)`,
      `10${NO_BREAK_SPACE}379`,
      `${pct(93)}I fas`,
    ]);
    // The förbund's own övriga samverkansinsatser are apart, as in the delårsrapport: 307 / 490 → 63 %.
    const other = await findTable('Förbundets övriga samverkansinsatser, Kvartal 1–2 2024');
    expect(rowCells(other, 'Totalt övriga mot antagen budget').slice(2, 5)).toEqual([
      '307',
      '490',
      `${pct(63)}Låg förbrukning`,
    ]);

    // Tabell 6: totals 173/89/262, 50/77/127, ongoing 266/146/412, 25/52/77; distribution 66 % / 34 %.
    // The lower sections are drawn once the top has been painted (AfterFirstPaint).
    const participants = await findTable('Deltagare i individinsatserna, Kvartal 1–2 2024');
    const totals = rowCells(participants, 'Totalt');
    expect(totals.slice(2, 8)).toEqual(['173', '89', '262', '50', '77', '127']);
    expect(totals.slice(11, 17)).toEqual(['266', '146', '412', '25', '52', '77']);
    const distribution = rowCells(participants, 'Fördelning kvinnor/män');
    expect(distribution.slice(2, 4)).toEqual([pct(66), pct(34)]);
    expect(distribution.slice(14, 16)).toEqual([pct(32), pct(68)]);

    // The papers report no one who moved on to a successor: no column of "–" for it.
    expect(participants.querySelector('thead')!.textContent).not.toContain('Gått vidare');

    // The förbund's target: 59 of 127 → 46 % against "minst 35 %"; the split without Kvinna Hälsa Arbete.
    const targets = screen.getByRole('table', {
      name: 'Förbundets mål 2024 och utfall Kvartal 1–2 2024',
    });
    expect(within(targets).getAllByRole('row')[1]!.textContent).toContain(`${pct(46)} (59 av 127)`);
    // 7 aktiviteter by 30 June against "minst 15 under året": not reached yet, not failed.
    const activities = within(targets).getByRole('row', { name: /Minst 15 aktiviteter/ });
    expect(activities.textContent).toContain('Inte uppnått ännu');
    expect(
      screen.getByText(/Utan insatser som bara vänder sig till ett kön/).textContent,
    ).toContain(`${pct(47)} kvinnor och ${pct(53)} män (78 kvinnor av 167 inregistrerade)`);
  });

  it('shows the beslutsutrymme path of the 2024-10 plan behind "Visa som tabell"', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
    });
    renderRoute('/oversikt?period=2024H1');
    const section = (
      await screen.findByRole('heading', { name: /^Beslutsutrymme enligt/ })
    ).closest('section')!;
    expect(within(section).queryByRole('table')).toBeNull();
    await userEvent.click(within(section).getByRole('button', { name: 'Visa som tabell' }));
    const table = within(section).getByRole('table');
    const remaining = [
      'Budget 2024',
      'Prognos 2024',
      'Prel 2025',
      'Prel 2026',
      'Prel 2027',
      'Prel 2028',
    ].map((label) => rowCells(table, label)[5]);
    expect(remaining).toEqual([
      `3${NO_BREAK_SPACE}401`,
      `4${NO_BREAK_SPACE}830`,
      `1${NO_BREAK_SPACE}331`,
      '151',
      `2${NO_BREAK_SPACE}262`,
      `14${NO_BREAK_SPACE}260`,
    ]);
    expect(within(section).getByRole('button', { name: 'Visa som diagram' })).toBeInTheDocument();
  });

  it('shows 2022 H1 Tabell 8: Framsteget 2.0 K 10 of 12 → 83 %, M 13 of 13 → 100 %, 23 of 25 → 92 %', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2022H1': { status: 200, body: overview2022 },
    });
    renderRoute('/oversikt?period=2022H1');
    const table = await findTable('Utfall för deltagare per insats, Kvartal 1–2 2022');
    const framsteget = rowCells(table, 'Framsteget 2.0');
    expect(framsteget.slice(1, 8)).toEqual(['25', '10', '13', '23', pct(83), pct(100), pct(92)]);
    // Arbetslivsintro ended nobody: the paper prints "0"; no data is shown as "–", deliberately.
    expect(rowCells(table, 'Arbetslivsintro').slice(5, 8)).toEqual(['–', '–', '–']);
    // The paper prints only the total 70 %; per gender 32 of 41 women and 32 of 51 men.
    expect(rowCells(table, 'Totalt').slice(1, 8)).toEqual([
      '92',
      '32',
      '32',
      '64',
      pct(78),
      pct(63),
      pct(70),
    ]);
    // 2022 Tabell 4: Jobbcentrum 1 290 / 1 338 → 96 %.
    const money = await findTable('Utfall och budget per insats, Kvartal 1–2 2022');
    expect(rowCells(money, 'Jobbcentrum').slice(2, 5)).toEqual([
      `1${NO_BREAK_SPACE}290`,
      `1${NO_BREAK_SPACE}338`,
      `${pct(96)}I fas`,
    ]);
  });

  it('asks the API for the newest period when the URL names none, and writes it into the URL', async () => {
    const { requests } = stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard': { status: 200, body: overview2024 },
      'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
    });
    const { router } = renderRoute('/oversikt');
    await screen.findByText('Samordningsförbundet Uppsala län · Kvartal 1–2 2024');
    // The first dashboard request names no period (the header's bell asks for its notices too).
    expect(requests.find((r) => r.path.startsWith('/api/dashboard'))!.path).toBe('/api/dashboard');
    await waitFor(() => expect(router.state.location.search).toBe('?period=2024H1'));
  });

  it('shows those who moved on to a successor beside the ongoing, where a lead reported them', async () => {
    // As the API sends them once a lead has reported 3 women and 1 man moving on from Jobbcentrum.
    const moved = { women: 3, men: 1, unspecified: null, total: 4 };
    const dashboard = structuredClone(overview2024);
    const row = dashboard.participants.rows.find(
      (r) => r.intervention.shortName === 'Jobbcentrum',
    )!;
    row.counts.movedToSuccessor = moved;
    dashboard.participants.totals.movedToSuccessor = moved;
    dashboard.participants.distribution.movedToSuccessor = { women: 0.75, men: 0.25 };
    dashboard.participants.participantsInPeriod = 412 + 127 + 4;
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2024H1': { status: 200, body: dashboard },
    });
    renderRoute('/oversikt?period=2024H1');

    const keyFigures = await screen.findByRole('region', { name: 'Nyckeltal Kvartal 1–2 2024' });
    const registered = within(keyFigures)
      .getByRole('heading', { name: 'Deltagare inregistrerade' })
      .closest('.key-figure')!;
    expect(registered.textContent).toContain(
      'pågående 412 vid periodens slut. 4 har gått vidare till efterföljande insats.',
    );
    const participants = await findTable('Deltagare i individinsatserna, Kvartal 1–2 2024');
    const groups = [...participants.querySelectorAll('thead tr:first-child th')].map(
      (th) => th.textContent,
    );
    expect(groups.indexOf('Gått vidare till efterföljande insats')).toBe(
      groups.indexOf('Pågående vid periodens slut') + 1,
    );
    // K, M, S:a after the ongoing's three, in the row, the total and the split.
    expect(rowCells(participants, 'Jobbcentrum').slice(14, 17)).toEqual(['3', '1', '4']);
    expect(rowCells(participants, 'Totalt').slice(14, 17)).toEqual(['3', '1', '4']);
    expect(rowCells(participants, 'Fördelning kvinnor/män').slice(14, 16)).toEqual([
      pct(75),
      pct(25),
    ]);
    // The API's "deltagit" (computeParticipantsInPeriod) says that it counts them.
    expect(
      screen.getByText(/personer har deltagit under perioden/).textContent!.replace(/\s+/g, ' '),
    ).toBe(
      '543 personer har deltagit under perioden (pågående vid periodens slut, avslutade och de som gått vidare till efterföljande insats under perioden).',
    );
    // A row that reports none shows "–", not 0.
    expect(rowCells(participants, 'Framsteget 2.0').slice(14, 17)).toEqual(['–', '–', '–']);
  });

  it('says what went wrong and offers to try again when the API fails', async () => {
    let calls = 0;
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2024H1': () =>
        ++calls === 1
          ? {
              status: 500,
              body: {
                error: {
                  code: 'INTERNAL',
                  message: 'Något gick fel hos servern. Försök igen om en stund.',
                },
              },
            }
          : { status: 200, body: overview2024 },
    });
    renderRoute('/oversikt?period=2024H1');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Det gick inte att hämta överblicken');
    expect(alert).toHaveTextContent('Något gick fel hos servern. Försök igen om en stund.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await findTable('Utfall och budget per insats, Kvartal 1–2 2024')).toBeInTheDocument();
  });

  it('shows a loading state that says what is being fetched', async () => {
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/dashboard?period=2024H1': { status: 200, body: overview2024 },
    });
    renderRoute('/oversikt?period=2024H1');
    expect(await screen.findByText('Hämtar överblicken …')).toBeInTheDocument();
    await findTable('Utfall och budget per insats, Kvartal 1–2 2024');
  });
});
