import { createRequire } from 'node:module';
import path from 'node:path';
import type { TPmDocument, TPmRow, TPmTable } from '@finsam/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TPmFile } from './index.ts';
import {
  CELL_FILL,
  GROUP_FILL,
  HEADER_FILL,
  MARGIN_PT,
  cellOf,
  coverageNotice,
  headerRows,
  isFigureColumn,
  layoutTable,
  sectionOrientation,
  tableCaption,
} from './pm-layout.ts';

/*
 * The PM as a PDF, with pdfmake on the server (no browser; decision 010). A4 with 2 cm margins,
 * Roboto from the pdfmake package (å ä ö, "–" U+2013, U+00A0 and "−" U+2212 are in it), a title
 * page with the contents, sections with a wide table (Tabell 5, Tabell 6) on landscape pages,
 * table headers repeated on every page, "Sida N av M" in the footer.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
const ROBOTO = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};

const LINE_COLOUR = '#8A94A6';
/** pdfmake adds the cell padding and the rule widths to each width it is given. */
const PADDING_X = 4;
const RULE = 0.5;
const HEADLINE = { chapter: 1, section: 2, caption: 3 } as const;
/** Rows (below the header) that always fit on one page, even landscape at 9 pt. */
const KEEP_TOGETHER_ROWS = 22;

function hex(colour: string): string {
  return `#${colour}`;
}

function headerBody(table: TPmTable): TableCell[][] {
  const count = table.columns.length;
  const rows = headerRows(table.columns);
  const grid: TableCell[][] = rows.map(() => Array.from({ length: count }, (): TableCell => ({})));
  rows.forEach((cells, rowIndex) => {
    for (const cell of cells) {
      const column = table.columns[cell.column];
      const spansGroup =
        cell.colSpan > 1 || (rows.length > 1 && rowIndex === 0 && cell.rowSpan === 1);
      const alignment = spansGroup ? 'center' : column && isFigureColumn(column) ? 'right' : 'left';
      const target = grid[rowIndex];
      if (!target) continue;
      target[cell.column] = {
        text: cell.text,
        bold: true,
        alignment,
        fillColor: hex(HEADER_FILL),
        ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      };
    }
  });
  return grid;
}

function bodyRow(table: TPmTable, row: TPmRow): TableCell[] {
  return table.columns.map((column): TableCell => {
    const cell = cellOf(row.cells, column);
    return {
      text: cell.text,
      alignment: isFigureColumn(column) ? 'right' : 'left',
      bold: row.emphasis,
      noWrap: isFigureColumn(column),
      ...(cell.colour ? { fillColor: hex(CELL_FILL[cell.colour]) } : {}),
    };
  });
}

function groupRow(table: TPmTable, label: string): TableCell[] {
  const count = table.columns.length;
  return [
    { text: label, colSpan: count, bold: true, italics: true, fillColor: hex(GROUP_FILL) },
    ...Array.from({ length: count - 1 }, (): TableCell => ({})),
  ];
}

function tableContent(table: TPmTable): Content[] {
  const layout = layoutTable(table);
  const header = headerBody(table);
  const body: TableCell[][] = [...header];
  for (const group of table.groups) {
    if (group.label) body.push(groupRow(table, group.label));
    for (const row of group.rows) body.push(bodyRow(table, row));
  }
  const footerStart = body.length;
  for (const row of table.footerRows) body.push(bodyRow(table, row));
  const headerCount = header.length;
  const parts: Content[] = [
    { text: tableCaption(table), style: 'caption', headlineLevel: HEADLINE.caption },
    {
      table: {
        headerRows: headerCount,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: layout.widths.map(
          (width) => width - 2 * PADDING_X - RULE - RULE / layout.widths.length,
        ),
        body,
      },
      fontSize: layout.fontSize,
      layout: {
        hLineWidth: (index) =>
          index === headerCount || (index === footerStart && footerStart < body.length) ? 1 : 0.5,
        vLineWidth: () => RULE,
        hLineColor: () => LINE_COLOUR,
        vLineColor: () => LINE_COLOUR,
        paddingLeft: () => PADDING_X,
        paddingRight: () => PADDING_X,
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
    },
    ...table.notes.map((note): Content => ({ text: note, style: 'note' })),
  ];
  const rowCount = body.length - headerCount;
  // A table that fits on a page is kept on one page with its caption and notes; a longer one
  // breaks between rows, its header repeated.
  return rowCount <= KEEP_TOGETHER_ROWS
    ? [{ stack: parts, unbreakable: true, margin: [0, 0, 0, 8] }]
    : [...parts, { text: '', margin: [0, 0, 0, 8] }];
}

function sectionsContent(document: TPmDocument): Content[] {
  const content: Content[] = [];
  let orientation: 'portrait' | 'landscape' = 'portrait';
  document.sections.forEach((section, index) => {
    const wanted = sectionOrientation(section);
    const breakHere = index === 0 || wanted !== orientation;
    orientation = wanted;
    content.push({
      text: section.heading,
      style: section.level === 2 ? 'h1' : 'h2',
      headlineLevel: section.level === 2 ? HEADLINE.chapter : HEADLINE.section,
      tocItem: true,
      tocStyle: section.level === 2 ? { bold: true } : {},
      tocMargin: section.level === 2 ? [0, 4, 0, 0] : [14, 2, 0, 0],
      ...(breakHere ? { pageBreak: 'before' as const, pageOrientation: wanted } : {}),
    });
    for (const block of section.blocks) {
      if (block.kind === 'PARAGRAPH') content.push({ text: block.text, style: 'paragraph' });
      else content.push(...tableContent(block.table));
    }
  });
  return content;
}

function docDefinition(document: TPmDocument): TDocumentDefinitions {
  const notice = coverageNotice(document);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT],
    language: 'sv-SE',
    info: {
      title: `${document.title} – ${document.subtitle}`,
      author: document.federationName,
      subject: `Uppföljning ${document.period}`,
      creator: 'Finsam Uppföljning',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 120, 0, 12] },
      subtitle: { fontSize: 16, margin: [0, 0, 0, 8] },
      meta: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 4] },
      h1: { fontSize: 15, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      paragraph: { margin: [0, 0, 0, 7] },
      caption: { fontSize: 10, bold: true, margin: [0, 6, 0, 4] },
      note: { fontSize: 8, italics: true, color: '#333333', margin: [0, 3, 0, 0] },
      tocTitle: { fontSize: 15, bold: true, margin: [0, 36, 0, 8] },
    },
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            text: `${document.title} – ${document.subtitle}`,
            fontSize: 8,
            color: '#555555',
            margin: [MARGIN_PT, 28, MARGIN_PT, 0],
          },
    footer: (currentPage, pageCount) => ({
      text: `Sida ${currentPage} av ${pageCount}`,
      fontSize: 8,
      alignment: 'right',
      margin: [MARGIN_PT, 20, MARGIN_PT, 0],
    }),
    // A heading or a caption is never left alone at the foot of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0,
    content: [
      { text: document.title, style: 'title' },
      { text: document.subtitle, style: 'subtitle' },
      { text: document.federationName, style: 'meta' },
      ...(notice ? [{ text: notice, style: 'meta', bold: true } satisfies Content] : []),
      { toc: { title: { text: 'Innehåll', style: 'tocTitle' } } },
      ...sectionsContent(document),
    ],
  };
}

/** The PM as an A4 PDF. pdfmake is loaded on the first call, not at API start. */
export async function renderPmPdf(document: TPmDocument): Promise<TPmFile> {
  const { default: pdfmake } = await import('pdfmake');
  pdfmake.setFonts({ Roboto: ROBOTO });
  // Nothing but the fonts is read, and nothing is fetched.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === FONT_DIR);
  const body = await pdfmake.createPdf(docDefinition(document)).getBuffer();
  return { body, contentType: 'application/pdf' };
}
