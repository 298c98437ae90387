import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { pm2024H1 } from '@finsam/domain/fixtures/pm-2024h1';
import { pm2024H2 } from './fixtures/pm-2024h2.fixture.ts';
import { pmRenderers } from './index.ts';
import { documentTables, headerRows, tableCaption } from './pm-layout.ts';
import { renderPmDocx } from './render-pm-docx.ts';

/*
 * The .docx unzipped and its word/document.xml read: every table is a real Word table after its
 * Caption paragraph, its header rows are marked to repeat on each page (w:tblHeader) and its body
 * rows are not, chapters are Heading 1 and sub-sections Heading 2, the wide tables sit in
 * landscape sections, and the footer counts the pages.
 */

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of an XML fragment's runs, the zero-width break hints removed. */
const textOf = (xml: string) =>
  decode(
    [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  ).replace(/\u200B/g, '');

const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => match[0]);
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]);
const rows = (table: string) =>
  [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((match) => match[0]);
const cells = (row: string) =>
  [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((match) => textOf(match[0]));
const styled = (xml: string, style: string) =>
  paragraphs(xml)
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .map(textOf);

async function unzip(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing`);
    return file.async('string');
  };
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  return {
    document: await read('word/document.xml'),
    footers: await Promise.all(footers.map(read)),
  };
}

describe('renderPmDocx: the 2024 H1 PM', () => {
  let xml: string;
  let footers: string[];

  beforeAll(async () => {
    const file = await renderPmDocx(pm2024H1);
    expect(file.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    ({ document: xml, footers } = await unzip(file.body));
  }, 30_000);

  it('has every table as a Word table after its caption, in order', () => {
    const expected = documentTables(pm2024H1);
    expect(styled(xml, 'Caption')).toEqual(expected.map(tableCaption));
    expect(tables(xml)).toHaveLength(expected.length);
  });

  it('marks exactly the header rows of each table to repeat on every page', () => {
    const expected = documentTables(pm2024H1);
    tables(xml).forEach((table, index) => {
      const source = expected[index];
      if (!source) throw new Error('table missing');
      const headerCount = headerRows(source.columns).length;
      const marks = rows(table).map((row) => row.includes('<w:tblHeader/>'));
      expect(marks.slice(0, headerCount).every(Boolean)).toBe(true);
      expect(marks.slice(headerCount).some(Boolean)).toBe(false);
      // Rows: header rows + sub-headings + rows + footer rows.
      const bodyCount = source.groups.reduce(
        (sum, group) => sum + group.rows.length + (group.label ? 1 : 0),
        0,
      );
      expect(marks).toHaveLength(headerCount + bodyCount + source.footerRows.length);
    });
  });

  it('writes the header labels and the cells as printed', () => {
    const [t1, t2, , t4, t5, t6] = tables(xml);
    const t4Rows = rows(t4 ?? '').map(cells);
    expect(t4Rows[0]).toEqual(['Insats', 'Kommun', 'Q1 - Q2 2024', 'Not']);
    // Insats, Kommun and Not span both header rows: Word continues them with an empty merged cell.
    expect(t4Rows[1]).toEqual(['', '', 'Utfall TSEK', 'Budget TSEK', 'Förbr kvot', '']);
    expect(rows(t4 ?? '')[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows(t4 ?? '')[1]).toContain('<w:vMerge w:val="continue"/>');
    expect(t4Rows[2]).toEqual([
      'Jobbcentrum - Din väg fram',
      'Enköping',
      '955',
      '1\u00A0326',
      '72\u00A0%',
      '',
    ]);
    expect(t4Rows).toContainEqual([
      'Förstudie pilotprojekt',
      'Uppsala',
      '115',
      '0',
      '–',
      'Beviljades medel 2024',
    ]);
    expect(rows(t1 ?? '').map(cells)[1]).toEqual(['Individinsatser']);
    expect(rows(t2 ?? '').map(cells)).toContainEqual([
      'Enköping, Jobbcentrum – Din väg framåt',
      'I stort sett',
      'Nej',
    ]);
    expect(rows(t5 ?? '').map(cells)).toContainEqual([
      'Uppsala, Lokussamordnare',
      ...'Ja Nej Ja – Ja Ok Nej Nej'.split(' '),
    ]);
    const t6Rows = rows(t6 ?? '').map(cells);
    expect(t6Rows[1]?.slice(0, 5)).toEqual(['Individinsats', 'Kommun', 'K', 'M', 'S:a']);
    expect(t6Rows.at(-2)).toEqual([
      'Totalt',
      '',
      ...'173 89 262 50 77 127 276 394 670 266 146 412 25 52 77'.split(' '),
    ]);
    expect(t6Rows.at(-1)?.slice(0, 4)).toEqual([
      'Fördelning kvinnor/män',
      '',
      '66\u00A0%',
      '34\u00A0%',
    ]);
  });

  it('shades coloured cells and keeps their text', () => {
    const [, t2, , t4] = tables(xml);
    const cell = (table: string, text: string) =>
      [...table.matchAll(/<w:tc>.*?<\/w:tc>/gs)]
        .map((match) => match[0])
        .find((tc) => textOf(tc) === text) ?? '';
    expect(cell(t2 ?? '', 'Nej')).toContain('w:fill="F7D4D2"');
    expect(cell(t2 ?? '', 'I stort sett')).toContain('w:fill="FFF1B8"');
    expect(cell(t4 ?? '', '93\u00A0%')).toContain('w:fill="D5ECD4"');
  });

  it('uses the Title, Heading 1 and Heading 2 styles', () => {
    expect(styled(xml, 'Title')).toEqual([pm2024H1.title]);
    const chapters = pm2024H1.sections
      .filter((section) => section.level === 2)
      .map((section) => section.heading);
    const subsections = pm2024H1.sections
      .filter((section) => section.level === 3)
      .map((section) => section.heading);
    expect(styled(xml, 'Heading1')).toEqual(chapters);
    expect(styled(xml, 'Heading2')).toEqual(subsections);
    expect(paragraphs(xml).map(textOf)).toContain('Inga avvikelser har inkommit under perioden.');
  });

  it('has Innehåll: a TOC field of Heading 1 and 2 that links one line per section to its heading', () => {
    const field = /<w:instrText[^>]*>([^<]*)<\/w:instrText>/g;
    const instructions = [...xml.matchAll(field)].map((match) => decode(match[1]!).trim());
    expect(instructions).toContain('TOC \\o "1-2" \\h');
    // Dirty: Word recomputes the field, with its own page numbers, when the file is opened.
    expect(xml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/);
    // Not inside a content control: LibreOffice then shows the field code as text.
    expect(xml).not.toContain('<w:sdt>');
    expect(styled(xml, 'TOCHeading')).toEqual(['Innehåll']);

    const lines = paragraphs(xml).filter((paragraph) =>
      /<w:pStyle w:val="TOC[12]"\/>/.test(paragraph),
    );
    expect(lines.map((line) => [textOf(line), line.includes('w:val="TOC1"') ? 2 : 3])).toEqual(
      pm2024H1.sections.map((section) => [section.heading, section.level]),
    );
    // Each line's link lands on a bookmark that encloses that section's heading, and on no other.
    const anchors = lines.map((line) => /<w:hyperlink[^>]*w:anchor="([^"]+)"/.exec(line)?.[1]);
    const headings = paragraphs(xml).filter((paragraph) =>
      /<w:pStyle w:val="Heading[12]"\/>/.test(paragraph),
    );
    expect(
      headings.map((heading) => /<w:bookmarkStart[^>]*w:name="([^"]+)"/.exec(heading)?.[1]),
    ).toEqual(anchors);
    expect(new Set(anchors).size).toBe(pm2024H1.sections.length);
  });

  it('puts the sections of Tabell 5 and Tabell 6 on landscape A4 and the rest on portrait A4', () => {
    const sections = xml.split(/<w:sectPr>|<w:sectPr [^>]*>/).slice(0, -1);
    const orientationOf = (caption: string) => {
      // A section's properties come at its end: the first <w:sectPr> after the caption.
      const at = xml.indexOf(caption);
      const after = xml.slice(at);
      const match = /<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/.exec(after);
      return match
        ? { width: Number(match[1]), height: Number(match[2]), orientation: match[3] }
        : null;
    };
    expect(sections.length).toBeGreaterThan(1);
    expect(orientationOf('Tabell 5. Kvalitetssäkring')).toEqual({
      width: 16838,
      height: 11906,
      orientation: 'landscape',
    });
    expect(orientationOf('Tabell 6. Deltagare')).toEqual({
      width: 16838,
      height: 11906,
      orientation: 'landscape',
    });
    expect(orientationOf('Tabell 4. Utfall och budget')).toEqual({
      width: 11906,
      height: 16838,
      orientation: 'portrait',
    });
  });

  it('numbers the pages "Sida N av M" with Word fields', () => {
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toContain('Sida ');
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
    }
  });
});

describe('renderPmDocx: the year-end PM', () => {
  it('writes the nine-column Tabell 4 with both column groups', async () => {
    expect(pmRenderers.docx).toBe(renderPmDocx);
    const { document } = await unzip((await renderPmDocx(pm2024H2)).body);
    const t4 = tables(document)[3] ?? '';
    const [top, labels, first] = rows(t4).map(cells);
    expect(top).toEqual(['Insats', 'Kommun', 'Q3 - Q4 2024', 'Helår 2024 t.o.m. Q4', 'Not']);
    expect(labels).toEqual([
      '',
      '',
      'Utfall TSEK',
      'Budget TSEK',
      'Förbr kvot',
      'Utfall TSEK',
      'Justerad budget TSEK',
      'Förbr kvot',
      '',
    ]);
    expect(first).toEqual([
      'Jobbcentrum - Din väg fram',
      'Enköping',
      '993',
      '1\u00A0326',
      '75\u00A0%',
      '1\u00A0948',
      '2\u00A0652',
      '73\u00A0%',
      '',
    ]);
  }, 30_000);
});
