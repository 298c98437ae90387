import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TPmDocument, TPmView } from '@finsam/domain';
import { stubFetch, type TStubbedRequest } from '../../../test/fetch-stub.ts';
import { sessionOf } from '../../../test/fixtures/index.ts';
import {
  EDITED_BLOCK_ID,
  pm2024H1Document,
  pmList,
  pmPublication,
  pmView,
  publicationSummary,
} from '../../../test/pm-fixtures/index.ts';
import { renderRoute } from '../../../test/render-route.tsx';
import { getPm } from '../api/get-pm.ts';

const NBSP = '\u00A0';

/** The document with one paragraph's text replaced, as the server would store an edit. */
function withText(id: string, text: string): TPmDocument {
  return {
    ...pm2024H1Document,
    sections: pm2024H1Document.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.kind === 'PARAGRAPH' && block.id === id
          ? {
              ...block,
              text: text || block.prefilled,
              edited: text !== '' && text !== block.prefilled,
            }
          : block,
      ),
    })),
  };
}

/** The server's answer to a PUT: the texts merged, version + 1. */
function savedView(request: TStubbedRequest, base: TPmView = pmView()): TPmView {
  const body = request.body as { version: number; texts: Record<string, string> };
  let document = base.document;
  for (const [id, text] of Object.entries(body.texts)) document = withText(id, text);
  return { ...base, document, textsVersion: body.version + 1 };
}

function office(extra: Record<string, Parameters<typeof stubFetch>[0][string]> = {}) {
  const stub = stubFetch({
    'GET /api/auth/me': { status: 200, body: sessionOf('OFFICE') },
    'GET /api/pm': { status: 200, body: pmList },
    'GET /api/pm/2024H1': { status: 200, body: pmView() },
    ...extra,
  });
  renderRoute('/pm?period=2024H1');
  return stub;
}

function cellsOf(table: HTMLElement, rowHeader: string): string[] {
  const row = within(table).getByRole('rowheader', { name: rowHeader }).closest('tr')!;
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

describe('the office’s PM', () => {
  it('renders the live document: headings in order, every table with its caption and the paper’s cells', async () => {
    office();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'PM Kvartal 1 och 2 2024' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Uppföljning av insatser inom Samordningsförbundet Uppsala län',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sammanfattning' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Utfall för deltagare' }),
    ).toBeInTheDocument();

    for (const caption of [
      'Tabell 1. Insatser',
      'Tabell 2. Nuläge mål',
      'Tabell 3. Förutsättningar för utfall',
      'Tabell 4. Utfall och budget',
      'Tabell 5. Kvalitetssäkring',
      'Tabell 6. Deltagare',
    ])
      expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();

    const tabell1 = screen.getByRole('table', { name: 'Tabell 1. Insatser' });
    expect(within(tabell1).getByRole('rowheader', { name: 'Förstudie' })).toHaveAttribute(
      'scope',
      'rowgroup',
    );
    expect(cellsOf(tabell1, 'Region Uppsala, RegExPro')).toEqual([
      'Region Uppsala, RegExPro',
      '2020-10-01',
      '2027-12-31',
    ]);

    // Tabell 2: the goal colours carry their meaning in words.
    const tabell2 = screen.getByRole('table', { name: 'Tabell 2. Nuläge mål' });
    expect(cellsOf(tabell2, 'Enköping, Jobbcentrum – Din väg framåt')).toEqual([
      'Enköping, Jobbcentrum – Din väg framåt',
      'I stort sett(håll under uppsikt)',
      'Nej(åtgärda)',
    ]);

    const tabell4 = screen.getByRole('table', { name: 'Tabell 4. Utfall och budget' });
    const group = within(tabell4).getByRole('columnheader', { name: 'Q1 - Q2 2024' });
    expect(group).toHaveAttribute('colspan', '3');
    expect(group).toHaveAttribute('scope', 'colgroup');
    expect(cellsOf(tabell4, 'Jobbcentrum - Din väg fram')).toEqual([
      'Jobbcentrum - Din väg fram',
      'Enköping',
      '955',
      `1${NBSP}326`,
      // The paper's yellow flag, in words for those who do not see the colour.
      `72${NBSP}%(håll under uppsikt)`,
      '',
    ]);
    expect(cellsOf(tabell4, 'Förstudie pilotprojekt')).toEqual([
      'Förstudie pilotprojekt',
      'Uppsala',
      '115',
      '0',
      '–',
      'Beviljades medel 2024',
    ]);
    const jobbcentrum = within(tabell4).getByRole('rowheader', {
      name: 'Jobbcentrum - Din väg fram',
    });
    expect(jobbcentrum.closest('tr')!.querySelectorAll('td')[2]).toHaveClass('pm-table__figure');
    expect(
      screen.getByText(
        'Budget = halva årets justerade budget 2024 (RegExPro: 1 345 TSEK med överfört belopp från 2023).',
      ),
    ).toBeInTheDocument();

    const tabell5 = screen.getByRole('table', { name: 'Tabell 5. Kvalitetssäkring' });
    expect(
      within(tabell5).getByRole('columnheader', { name: 'Kontroll metod/målgrupp' }),
    ).toHaveAttribute('colspan', '2');
    expect(cellsOf(tabell5, 'Uppsala, Lokussamordnare')).toEqual([
      'Uppsala, Lokussamordnare',
      'Ja',
      'Nej',
      'Ja',
      '–',
      'Ja',
      'Ok',
      'Nej',
      'Nej',
    ]);

    const tabell6 = screen.getByRole('table', { name: 'Tabell 6. Deltagare' });
    expect(tabell6.querySelectorAll('thead tr')).toHaveLength(2);
    expect(within(tabell6).getAllByRole('columnheader', { name: 'S:a' })).toHaveLength(5);
    const total = cellsOf(tabell6, 'Totalt');
    expect(total).toEqual([
      'Totalt',
      '',
      ...['173', '89', '262', '50', '77', '127', '276', '394', '670'],
      ...['266', '146', '412', '25', '52', '77'],
    ]);
    expect(within(tabell6).getByRole('rowheader', { name: 'Totalt' }).closest('tr')).toHaveClass(
      'pm-table__row--emphasis',
    );
    expect(cellsOf(tabell6, 'Fördelning kvinnor/män').slice(2, 5)).toEqual([
      `66${NBSP}%`,
      `34${NBSP}%`,
      '',
    ]);
  });

  it('says how far the data reach when the half-year is incomplete, and warns of unsaved text on publishing', async () => {
    const user = userEvent.setup();
    office({
      'GET /api/pm/2024H1': {
        status: 200,
        body: pmView({
          document: { ...pm2024H1Document, complete: false, dataThroughPeriod: '2024Q1' },
        }),
      },
    });
    expect(await screen.findByText(/^Data t\.o\.m\. kvartal 1 2024\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Redigera Bakgrund, stycke 2' }));
    await user.type(screen.getByRole('textbox', { name: 'Text: Bakgrund, stycke 2' }), ' Tillägg.');
    await user.click(screen.getByRole('button', { name: 'Publicera' }));
    expect(
      within(screen.getByRole('alertdialog')).getByText(
        'Ett stycke har text som inte är sparad; den kommer inte med. Spara först om den ska med.',
      ),
    ).toBeInTheDocument();
  });

  it('saves an edited paragraph with the texts version and moves focus back to it', async () => {
    const user = userEvent.setup();
    const { requests } = office({
      'PUT /api/pm/2024H1/texts': (request) => ({ status: 200, body: savedView(request) }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Redigera Sammanfattning, stycke 1' }),
    );
    const box = screen.getByRole('textbox', { name: 'Text: Sammanfattning, stycke 1' });
    expect(box).toHaveFocus();
    expect(screen.getByText('Förifylld text från uppgifterna.')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'Tolv insatser finansierades under våren.');
    expect(
      screen.getByText('Redigerad text (skiljer sig från den förifyllda).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara Sammanfattning, stycke 1' }));

    expect(await screen.findByText('Sparat. Texterna är nu version 4.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PUT')).toMatchObject({
      path: '/api/pm/2024H1/texts',
      headers: { 'x-csrf-token': 'csrf-token-for-tests' },
      body: {
        version: 3,
        texts: { 'sammanfattning.1': 'Tolv insatser finansierades under våren.' },
      },
    });
    expect(screen.getByText('Tolv insatser finansierades under våren.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Redigera Sammanfattning, stycke 1' })).toHaveFocus();
  });

  it('restores the prefilled text of an edited paragraph by saving an empty text', async () => {
    const user = userEvent.setup();
    const { requests } = office({
      'PUT /api/pm/2024H1/texts': (request) => ({ status: 200, body: savedView(request) }),
    });
    const name = 'Utfall av beviljad budget, stycke 5';
    const paragraph = await screen.findByRole('button', { name: `Redigera ${name}` });
    expect(within(paragraph.parentElement!).getByText('Redigerad text')).toBeInTheDocument();
    await user.click(paragraph);
    await user.click(screen.getByRole('button', { name: 'Återställ förifylld text' }));
    expect(screen.getByRole('textbox', { name: `Text: ${name}` })).toHaveValue(
      'Förbrukningskvoten är 90 % eller högre för 9 av 11 insatser med budget.',
    );
    await user.click(screen.getByRole('button', { name: `Spara ${name}` }));
    await screen.findByText('Sparat. Texterna är nu version 4.');
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({
      version: 3,
      texts: { [EDITED_BLOCK_ID]: '' },
    });
  });

  it('on a 409 shows both texts, keeps the typed one and saves it at the new version', async () => {
    const user = userEvent.setup();
    const theirs = 'Kansliets kollega skrev den här sammanfattningen.';
    const current: TPmView = {
      ...pmView(),
      document: withText('sammanfattning.1', theirs),
      textsVersion: 5,
    };
    let attempts = 0;
    const { requests } = office({
      'PUT /api/pm/2024H1/texts': (request) => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 409,
              body: {
                error: {
                  code: 'CONFLICT',
                  message: 'Texterna har ändrats av någon annan.',
                  current,
                },
              },
            }
          : { status: 200, body: savedView(request, current) };
      },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Redigera Sammanfattning, stycke 1' }),
    );
    const box = screen.getByRole('textbox', { name: 'Text: Sammanfattning, stycke 1' });
    await user.clear(box);
    await user.type(box, 'Min egen text.');
    await user.click(screen.getByRole('button', { name: 'Spara Sammanfattning, stycke 1' }));

    expect(await screen.findByText('Texten har ändrats på annat håll')).toBeInTheDocument();
    expect(screen.getByText('Din text (inte sparad)').nextElementSibling).toHaveTextContent(
      'Min egen text.',
    );
    expect(screen.getByText('Sparad text (version 5)').nextElementSibling).toHaveTextContent(
      theirs,
    );
    expect(box).toHaveValue('Min egen text.');
    expect(
      screen.getByText(
        'Inte sparat: texten har ändrats på annat håll. Välj vilken text som ska gälla.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara min text' }));
    expect(await screen.findByText('Sparat. Texterna är nu version 6.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT').map((r) => r.body)).toEqual([
      { version: 3, texts: { 'sammanfattning.1': 'Min egen text.' } },
      { version: 5, texts: { 'sammanfattning.1': 'Min egen text.' } },
    ]);
  });

  it('asks before publishing, then shows the receipt and the new version in the list', async () => {
    const user = userEvent.setup();
    let published = false;
    const { requests } = office({
      'GET /api/pm/2024H1': () => ({
        status: 200,
        body: pmView({
          publications: published
            ? [publicationSummary(2), publicationSummary(1)]
            : [publicationSummary(1)],
        }),
      }),
      'POST /api/pm/2024H1/publish': () => {
        published = true;
        return { status: 201, body: pmPublication(2) };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Publicera' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Publicera PM' });
    expect(dialog).toHaveAccessibleDescription(
      'Publicera PM för Kvartal 1 och 2 2024 som version 2? Publicerat PM ändras inte av senare ändringar i data.',
    );
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    // Cancelling publishes nothing and returns focus to the button.
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publicera' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Publicera' }));
    await user.click(screen.getByRole('button', { name: 'Publicera version 2' }));
    const receipt = await screen.findByRole('heading', { name: 'PM publicerat som version 2' });
    await waitFor(() => expect(receipt).toHaveFocus());
    expect(requests.find((request) => request.method === 'POST')).toMatchObject({
      path: '/api/pm/2024H1/publish',
      body: { textsVersion: 3 },
    });
    expect(screen.getByRole('link', { name: 'Visa version 2' })).toHaveAttribute(
      'href',
      '/pm/2024H1/version/2',
    );
    const versions = screen
      .getByRole('heading', { name: 'Publicerade versioner av Kvartal 1 och 2 2024' })
      .closest('section')!;
    await waitFor(() =>
      expect(
        within(versions)
          .getAllByRole('link', { name: /^Version/ })
          .map((l) => l.textContent),
      ).toEqual(['Version 2', 'Version 1']),
    );
  });
});

describe('the board’s PM', () => {
  it('lists the published PMs newest first with their files, and reads a version without edit controls', async () => {
    const user = userEvent.setup();
    stubFetch({
      'GET /api/auth/me': { status: 200, body: sessionOf('BOARD') },
      'GET /api/pm': { status: 200, body: pmList },
      'GET /api/pm/2024H1/versions/2': { status: 200, body: pmPublication(2) },
    });
    const { router } = renderRoute('/pm');
    expect(await screen.findByRole('heading', { level: 1, name: 'PM' })).toBeInTheDocument();
    const links = await screen.findAllByRole('link', { name: /^Kvartal 1 och 2 2024, version/ });
    expect(links.map((link) => link.textContent)).toEqual([
      'Kvartal 1 och 2 2024, version 2',
      'Kvartal 1 och 2 2024, version 1',
    ]);
    expect(
      screen.getByRole('link', { name: 'Ladda ner Word (Kvartal 1 och 2 2024, version 2)' }),
    ).toHaveAttribute('href', '/api/pm/2024H1.docx?version=2');
    expect(screen.queryByRole('button', { name: 'Publicera' })).not.toBeInTheDocument();

    await user.click(links[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/pm/2024H1/version/2'));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Uppföljning av insatser inom Samordningsförbundet Uppsala län',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Tabell 6. Deltagare' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Publicerad version 2, 12 oktober 2024 kl\. 11\.30, av/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ladda ner PDF' })).toHaveAttribute(
      'href',
      '/api/pm/2024H1.pdf?version=2',
    );
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Redigera/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicera' })).not.toBeInTheDocument();
  });

  it('accepts GET /api/pm/:period as a publication (a non-office reader) or as the office’s view', async () => {
    stubFetch({ 'GET /api/pm/2024H1': { status: 200, body: pmPublication(2) } });
    const published = await getPm('2024H1');
    expect(published.kind).toBe('PUBLISHED');
    stubFetch({ 'GET /api/pm/2024H1': { status: 200, body: pmView() } });
    expect((await getPm('2024H1')).kind).toBe('LIVE');
  });
});
