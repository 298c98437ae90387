import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { pm2024H1 } from '@finsam/domain/fixtures/pm-2024h1';
import { pm2024H2 } from './fixtures/pm-2024h2.fixture.ts';
import { pmRenderers } from './index.ts';
import { A4, MARGIN_PT, documentTables, tableCaption } from './pm-layout.ts';
import { renderPmPdf } from './render-pm-pdf.ts';

/*
 * The PDF read back with PDF.js (the legacy build runs in Node): every table is there with its
 * rows, every page is A4, the wide tables are on landscape pages, and no text runs past the
 * right margin (nothing is cut off).
 */

interface TPage {
  width: number;
  height: number;
  /** The page's text, a line per text line, " | " where a gap separates two runs (table cells). */
  text: string;
  /** Right edge of the text item reaching furthest right. */
  rightmost: number;
}

/** NBSP and spaces alike, so an assertion can be written with plain spaces. */
const plain = (text: string) => text.replace(/\u00A0/g, ' ');

async function readPdf(body: Buffer): Promise<TPage[]> {
  const pdf = await getDocument({
    data: new Uint8Array(body),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const pages: TPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width = 0, height = 0] = page.view;
    const items = (await page.getTextContent()).items.filter(
      (item): item is TextItem => 'str' in item,
    );
    let text = '';
    let previousEnd: number | null = null;
    let rightmost = 0;
    for (const item of items) {
      const x = item.transform[4] as number;
      if (item.str.trim() !== '') {
        // A gap wider than half an em between two runs on a line is a cell boundary.
        const gap = previousEnd === null ? 0 : x - previousEnd;
        if (previousEnd !== null && gap > item.height * 0.5) text = `${text.trimEnd()} | `;
        else if (previousEnd !== null && gap > item.height * 0.1 && !/\s$/.test(text)) text += ' ';
        text += item.str;
        previousEnd = x + item.width;
        rightmost = Math.max(rightmost, previousEnd);
      } else if (item.str !== '' && !/\s$/.test(text)) {
        text += ' ';
      }
      if (item.hasEOL) {
        text = `${text.trimEnd()}\n`;
        previousEnd = null;
      }
    }
    pages.push({ width, height, text: plain(text), rightmost });
  }
  await pdf.destroy();
  return pages;
}

describe('renderPmPdf: the 2024 H1 PM', () => {
  let pages: TPage[];
  let all: string;

  beforeAll(async () => {
    const file = await renderPmPdf(pm2024H1);
    expect(file.contentType).toBe('application/pdf');
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    pages = await readPdf(file.body);
    all = pages.map((page) => page.text).join('\n');
  }, 30_000);

  it('is A4 throughout, portrait or landscape, with "Sida N av M" on every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBeLessThanOrEqual(14);
    pages.forEach((page, index) => {
      const size = [page.width, page.height].sort((a, b) => a - b);
      expect(size[0]).toBeCloseTo(A4.width, 1);
      expect(size[1]).toBeCloseTo(A4.height, 1);
      expect(page.text).toContain(`Sida ${index + 1} av ${pages.length}`);
    });
  });

  it('prints the title page and the contents', () => {
    expect(pages[0]?.text).toContain('Uppföljning av insatser inom');
    expect(pages[0]?.text).toContain('Kvartal 1 och 2 2024');
    expect(pages[0]?.text).toContain('Innehåll');
    expect(pages[0]?.text).toContain('Sammanfattning och reflektioner');
  });

  it('has every table with its caption', () => {
    const tables = documentTables(pm2024H1);
    expect(tables.map((table) => table.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const table of tables) expect(all).toContain(plain(tableCaption(table)));
  });

  it('prints the rows as the paper does, Swedish letters, "–" and NBSP included', () => {
    expect(all).toContain('Enköping, Jobbcentrum – Din väg framåt | 2022-01-01 | 2024-12-31');
    expect(all).toContain('Jobbcentrum - Din väg fram | Enköping | 955 | 1 326 | 72 %');
    expect(all).toContain('Förstudie pilotprojekt | Uppsala | 115 | 0 | – | Beviljades medel 2024');
    expect(all).toContain('Lokussamordnare | Uppsala | 199 | 180 | 110 %');
    expect(all).toContain(
      'Totalt | 173 | 89 | 262 | 50 | 77 | 127 | 276 | 394 | 670 | 266 | 146 | 412 | 25 | 52 | 77',
    );
    expect(all).toContain('Fördelning kvinnor/män | 66 % | 34 % | 39 % | 61 %');
    expect(all).toContain('Uppsala, Lokussamordnare | Ja | Nej | Ja | – | Ja | Ok | Nej | Nej');
    expect(all).toContain('Östhammar, Bryggan | Ja | Ja');
  });

  it('prints the group sub-headings and the notes', () => {
    for (const label of ['Individinsatser', 'Strukturinsatser', 'Förstudie'])
      expect(all).toContain(`${label}\n`);
    expect(all).toContain('Budget = halva årets justerade budget 2024');
  });

  it('puts Tabell 5 and Tabell 6 on landscape pages, Tabell 1–4 on portrait pages', () => {
    const pageOf = (caption: string) => pages.find((page) => page.text.includes(caption));
    for (const number of [5, 6]) {
      const page = pageOf(`Tabell ${number}.`);
      expect(page && page.width > page.height).toBe(true);
    }
    for (const number of [1, 2, 3, 4]) {
      const page = pageOf(`Tabell ${number}.`);
      expect(page && page.width < page.height).toBe(true);
    }
  });

  it('cuts nothing off: no text reaches past the right margin', () => {
    for (const page of pages)
      expect(page.rightmost).toBeLessThanOrEqual(page.width - MARGIN_PT + 1);
  });
});

describe('renderPmPdf: characters', () => {
  it('embeds the glyphs of a negative figure, "–" and Swedish capitals', async () => {
    const document = structuredClone(pm2024H1);
    document.sections = [
      {
        id: 'test',
        heading: 'Åtgärder för Örebro och Ängelholm',
        level: 2,
        blocks: [
          {
            kind: 'PARAGRAPH',
            id: 'test.1',
            text: 'Beslutsutrymme \u22122\u00A0959 TSEK; inga data \u2013.',
            prefilled: '',
            edited: true,
          },
        ],
      },
    ];
    const text = (await readPdf((await renderPmPdf(document)).body))
      .map((page) => page.text)
      .join('\n');
    expect(text).toContain('Åtgärder för Örebro och Ängelholm');
    expect(text).toContain('Beslutsutrymme \u22122 959 TSEK; inga data \u2013.');
  }, 30_000);
});

describe('renderPmPdf: the year-end PM', () => {
  it('fits the nine-column Tabell 4 on a landscape page with both column groups', async () => {
    const render = pmRenderers.pdf;
    expect(render).toBe(renderPmPdf);
    const pages = await readPdf((await renderPmPdf(pm2024H2)).body);
    const page = pages.find((candidate) => candidate.text.includes('Tabell 4.'));
    expect(page && page.width > page.height).toBe(true);
    expect(page?.text).toContain('Q3 - Q4 2024');
    expect(page?.text).toContain('Helår 2024 t.o.m. Q4');
    expect(page?.text).toContain(
      'Jobbcentrum - Din väg fram | Enköping | 993 | 1 326 | 75 % | 1 948 | 2 652 | 73 %',
    );
    for (const candidate of pages)
      expect(candidate.rightmost).toBeLessThanOrEqual(candidate.width - MARGIN_PT + 1);
  }, 30_000);
});
