import type { TPmDocument, TPmRow, TPmSection, TPmTable } from '@finsam/domain';
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
 * The PM as Word (.docx) with the `docx` package, for the office to finish in Word: real Title,
 * Heading 1 (chapters) and Heading 2 styles (the navigation pane works), a table of contents
 * (Innehåll) linked to them, a Caption style for the table titles, real tables whose header rows
 * repeat on each page, cell shading for the colours beside their text, and the wide tables'
 * sections on landscape pages.
 */

type TDocx = typeof import('docx');

const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Twentieths of a point. */
const twips = (points: number) => Math.round(points * 20);
const A4_TWIPS = { width: 11906, height: 16838 } as const;
const MARGIN = twips(MARGIN_PT);
/**
 * Arial: in every Word, and metric-compatible Liberation Sans where LibreOffice opens the file, so
 * the column widths (estimated as for the PDF's Roboto) hold in both.
 */
const FONT = 'Arial';
/** Half-points. */
const halfPoints = (points: number) => Math.round(points * 2);

function cellParagraph(
  docx: TDocx,
  text: string,
  options: {
    bold?: boolean;
    italics?: boolean;
    right?: boolean;
    center?: boolean;
    size: number;
    keepNext?: boolean;
  },
) {
  return new docx.Paragraph({
    // Word's way to keep a table on one page when it fits: every row "keeps with next".
    keepNext: options.keepNext ?? true,
    alignment: options.right
      ? docx.AlignmentType.RIGHT
      : options.center
        ? docx.AlignmentType.CENTER
        : docx.AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [
      new docx.TextRun({
        text,
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        size: halfPoints(options.size),
      }),
    ],
  });
}

/**
 * Word breaks a line at spaces and hyphens but not after "/": a zero-width space there lets
 * "Avvikelse målgrupp/metod" wrap as in the PDF instead of splitting inside a word.
 */
const breakableAfterSlash = (text: string) => text.replace(/\/(?=\S)/g, '/\u200B');

const shading = (docx: TDocx, fill: string) => ({
  fill,
  type: docx.ShadingType.CLEAR,
  color: 'auto',
});

function wordTable(docx: TDocx, table: TPmTable) {
  const layout = layoutTable(table);
  const widths = layout.widths.map(twips);
  const size = layout.fontSize;
  const count = table.columns.length;
  const spanWidth = (from: number, span: number) =>
    widths.slice(from, from + span).reduce((sum, width) => sum + width, 0);

  const header = headerRows(table.columns);
  const rows = header.map(
    (cells, rowIndex) =>
      new docx.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.map((cell) => {
          const column = table.columns[cell.column];
          const spansGroup =
            cell.colSpan > 1 || (header.length > 1 && rowIndex === 0 && cell.rowSpan === 1);
          return new docx.TableCell({
            children: [
              cellParagraph(docx, breakableAfterSlash(cell.text), {
                bold: true,
                size,
                center: spansGroup,
                right: !spansGroup && column !== undefined && isFigureColumn(column),
              }),
            ],
            width: { size: spanWidth(cell.column, cell.colSpan), type: docx.WidthType.DXA },
            shading: shading(docx, HEADER_FILL),
            verticalAlign: docx.VerticalAlign.BOTTOM,
            ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          });
        }),
      }),
  );

  const lastRow = table.footerRows.at(-1) ?? table.groups.at(-1)?.rows.at(-1);
  const bodyRow = (row: TPmRow) =>
    new docx.TableRow({
      cantSplit: true,
      children: table.columns.map((column, index) => {
        const cell = cellOf(row.cells, column);
        return new docx.TableCell({
          children: [
            cellParagraph(docx, cell.text, {
              bold: row.emphasis,
              size,
              right: isFigureColumn(column),
              keepNext: row !== lastRow,
            }),
          ],
          width: { size: widths[index] ?? 0, type: docx.WidthType.DXA },
          ...(cell.colour ? { shading: shading(docx, CELL_FILL[cell.colour]) } : {}),
        });
      }),
    });

  for (const group of table.groups) {
    if (group.label) {
      rows.push(
        new docx.TableRow({
          cantSplit: true,
          children: [
            new docx.TableCell({
              children: [cellParagraph(docx, group.label, { bold: true, italics: true, size })],
              columnSpan: count,
              width: { size: spanWidth(0, count), type: docx.WidthType.DXA },
              shading: shading(docx, GROUP_FILL),
            }),
          ],
        }),
      );
    }
    for (const row of group.rows) rows.push(bodyRow(row));
  }
  for (const row of table.footerRows) rows.push(bodyRow(row));

  return new docx.Table({
    rows,
    width: { size: spanWidth(0, count), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
  });
}

/**
 * The bookmark on a section's heading that its line in the table of contents links to. Word's own
 * table of contents names them `_Toc…`; the leading underscore keeps them out of the bookmark list.
 */
const headingBookmark = (index: number) => `_TocPm${index + 1}`;
/** The page numbers' right tab in the table of contents: the text width of a portrait A4 page. */
const TOC_TAB = A4_TWIPS.width - 2 * MARGIN;

/**
 * Innehåll, as the PDF has it: a Word TOC field (`TOC \o "1-2" \h`, the Heading 1 and 2
 * paragraphs) that already holds one linked line per section, so the list shows in any viewer.
 * Only Word knows its own page breaks: the field is marked dirty, so Word fills in the page numbers
 * when the file is opened (after asking to update its fields), and "Uppdatera fält" does it again
 * after the office's edits.
 *
 * The field is written here, not with the package's `TableOfContents`: that one wraps the field in
 * a content control (`w:sdt`), and LibreOffice then printed the field code as a line of text.
 */
function tableOfContents(docx: TDocx, document: TPmDocument) {
  const element = (name: string, attributes: Record<string, string>, text?: string) => {
    const component = new docx.ImportedXmlComponent(name, attributes);
    if (text !== undefined) component.push(text);
    return component;
  };
  const fieldChar = (type: 'begin' | 'separate' | 'end') =>
    element('w:fldChar', {
      'w:fldCharType': type,
      ...(type === 'begin' ? { 'w:dirty': 'true' } : {}),
    });
  // The field's start goes in the first line and its end in the last, as Word writes them.
  const start = new docx.Run({
    children: [
      fieldChar('begin'),
      element('w:instrText', { 'xml:space': 'preserve' }, ' TOC \\o "1-2" \\h '),
      fieldChar('separate'),
    ] as never,
  });
  const end = new docx.Run({ children: [fieldChar('end')] as never });
  const last = document.sections.length - 1;
  const lines = document.sections.map(
    (section, index) =>
      new docx.Paragraph({
        style: section.level === 2 ? 'TOC1' : 'TOC2',
        tabStops: [{ type: docx.TabStopType.RIGHT, position: TOC_TAB, leader: 'dot' }],
        children: [
          ...(index === 0 ? [start] : []),
          new docx.InternalHyperlink({
            anchor: headingBookmark(index),
            children: [new docx.TextRun(section.heading)],
          }),
          ...(index === last ? [end] : []),
        ],
      }),
  );
  return [new docx.Paragraph({ text: 'Innehåll', style: 'TOCHeading' }), ...lines];
}

function sectionChildren(docx: TDocx, section: TPmSection, index: number) {
  const children: InstanceType<TDocx['Paragraph'] | TDocx['Table']>[] = [
    new docx.Paragraph({
      heading: section.level === 2 ? docx.HeadingLevel.HEADING_1 : docx.HeadingLevel.HEADING_2,
      children: [
        new docx.Bookmark({
          id: headingBookmark(index),
          children: [new docx.TextRun(section.heading)],
        }),
      ],
    }),
  ];
  for (const block of section.blocks) {
    if (block.kind === 'PARAGRAPH') {
      children.push(new docx.Paragraph({ text: block.text }));
      continue;
    }
    const { table } = block;
    children.push(
      new docx.Paragraph({ text: tableCaption(table), style: 'Caption', keepNext: true }),
    );
    children.push(wordTable(docx, table));
    for (const note of table.notes)
      children.push(new docx.Paragraph({ text: note, style: 'TableNote' }));
    // Air between the table (or its notes) and the text after it.
    children.push(new docx.Paragraph({ text: '', spacing: { after: twips(4) } }));
  }
  return children;
}

/** Runs of neighbouring sections with the same orientation: each run is one Word section. */
function orientationRuns(document: TPmDocument) {
  const runs: { orientation: 'portrait' | 'landscape'; sections: TPmSection[] }[] = [];
  for (const section of document.sections) {
    const orientation = sectionOrientation(section);
    const last = runs.at(-1);
    if (last && last.orientation === orientation) last.sections.push(section);
    else runs.push({ orientation, sections: [section] });
  }
  return runs;
}

/** The PM as a .docx. The docx package is loaded on the first call, not at API start. */
export async function renderPmDocx(document: TPmDocument): Promise<TPmFile> {
  const docx = await import('docx');
  const notice = coverageNotice(document);
  const running = `${document.title} – ${document.subtitle}`;

  const header = () =>
    new docx.Header({ children: [new docx.Paragraph({ text: running, style: 'RunningHead' })] });
  const footer = () =>
    new docx.Footer({
      children: [
        new docx.Paragraph({
          alignment: docx.AlignmentType.RIGHT,
          style: 'RunningHead',
          children: [
            new docx.TextRun({
              children: ['Sida ', docx.PageNumber.CURRENT, ' av ', docx.PageNumber.TOTAL_PAGES],
            }),
          ],
        }),
      ],
    });
  const page = (orientation: 'portrait' | 'landscape') => ({
    size: {
      width: A4_TWIPS.width,
      height: A4_TWIPS.height,
      orientation:
        orientation === 'landscape'
          ? docx.PageOrientation.LANDSCAPE
          : docx.PageOrientation.PORTRAIT,
    },
    margin: {
      top: MARGIN,
      right: MARGIN,
      bottom: MARGIN,
      left: MARGIN,
      header: twips(24),
      footer: twips(24),
    },
  });

  const titlePage = {
    properties: { page: page('portrait') },
    footers: { default: footer() },
    children: [
      new docx.Paragraph({
        text: document.title,
        heading: docx.HeadingLevel.TITLE,
        spacing: { before: twips(120) },
      }),
      new docx.Paragraph({ text: document.subtitle, style: 'Subtitle' }),
      new docx.Paragraph({ text: document.federationName }),
      ...(notice
        ? [new docx.Paragraph({ children: [new docx.TextRun({ text: notice, bold: true })] })]
        : []),
      ...tableOfContents(docx, document),
    ],
  };
  const sections = orientationRuns(document).map((run) => ({
    properties: { page: page(run.orientation) },
    headers: { default: header() },
    footers: { default: footer() },
    children: run.sections.flatMap((section) =>
      sectionChildren(docx, section, document.sections.indexOf(section)),
    ),
  }));

  const heading = (size: number, outlineLevel: number, before: number) => ({
    run: { size: halfPoints(size), bold: true, color: '1F2937', font: FONT },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel,
      spacing: { before: twips(before), after: twips(4) },
    },
  });
  const file = new docx.Document({
    creator: document.federationName,
    title: running,
    description: `Uppföljning ${document.period}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(10) },
          paragraph: { spacing: { after: twips(6), line: 264, lineRule: docx.LineRuleType.AUTO } },
        },
        title: {
          run: { size: halfPoints(24), bold: true, font: FONT },
          paragraph: { spacing: { after: twips(12) } },
        },
        heading1: heading(16, 0, 16),
        heading2: heading(13, 1, 10),
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: halfPoints(16) },
          paragraph: { spacing: { after: twips(12) } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: halfPoints(10) },
          paragraph: { keepNext: true, spacing: { before: twips(6), after: twips(4) } },
        },
        {
          id: 'TableNote',
          name: 'Tabellnot',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, size: halfPoints(8) },
          paragraph: { spacing: { before: twips(3), after: twips(3) } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: halfPoints(15), bold: true, color: '1F2937', font: FONT },
          paragraph: { spacing: { before: twips(36), after: twips(8) } },
        },
        // Word's own names for the levels of a table of contents ("toc 1", "toc 2").
        {
          id: 'TOC1',
          name: 'toc 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true },
          paragraph: { spacing: { before: twips(4), after: twips(2) } },
        },
        {
          id: 'TOC2',
          name: 'toc 2',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { indent: { left: twips(12) }, spacing: { before: 0, after: twips(2) } },
        },
        {
          id: 'RunningHead',
          name: 'Sidhuvud PM',
          basedOn: 'Normal',
          run: { size: halfPoints(8), color: '555555' },
        },
      ],
    },
    sections: [titlePage, ...sections],
  });
  const body = await docx.Packer.toBuffer(file);
  return { body, contentType: DOCX_CONTENT_TYPE };
}
