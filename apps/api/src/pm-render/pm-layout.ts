import {
  formatPeriod,
  type TPmCell,
  type TPmColumn,
  type TPmDocument,
  type TPmSection,
  type TPmTable,
} from '@finsam/domain';

/*
 * What the three file formats share, so the PDF, the .docx and the .xlsx print one table alike:
 * the caption, the header rows with their spanning group cells, which columns hold figures, the
 * colours, and for the paged formats the column widths and the page orientation.
 */

/** "Tabell 4. Utfall och budget" — the paper's caption (a title that already says it is kept). */
export function tableCaption(table: TPmTable): string {
  return /^Tabell\s/i.test(table.title) ? table.title : `Tabell ${table.number}. ${table.title}`;
}

/** One header cell; `column` is the index of its first column. */
export interface THeaderCell {
  text: string;
  column: number;
  colSpan: number;
  rowSpan: number;
}

/**
 * The header rows: one row of labels, or, when a column has a `group`, a first row where each run
 * of neighbouring columns with the same group becomes one spanning cell ("Q1 - Q2 2024" over
 * Utfall, Budget, Förbr kvot) and a column without a group spans both rows with its label.
 */
export function headerRows(columns: readonly TPmColumn[]): THeaderCell[][] {
  if (!columns.some((column) => column.group !== null && column.group !== '')) {
    return [
      columns.map((column, index) => ({
        text: column.label,
        column: index,
        colSpan: 1,
        rowSpan: 1,
      })),
    ];
  }
  const top: THeaderCell[] = [];
  const bottom: THeaderCell[] = [];
  columns.forEach((column, index) => {
    const group = column.group === '' ? null : column.group;
    if (group === null) {
      top.push({ text: column.label, column: index, colSpan: 1, rowSpan: 2 });
      return;
    }
    const previous = top.at(-1);
    if (
      previous &&
      previous.rowSpan === 1 &&
      previous.text === group &&
      previous.column + previous.colSpan === index
    ) {
      previous.colSpan += 1;
    } else {
      top.push({ text: group, column: index, colSpan: 1, rowSpan: 1 });
    }
    bottom.push({ text: column.label, column: index, colSpan: 1, rowSpan: 1 });
  });
  return [top, bottom];
}

/** Figures print right-aligned (a percentage in a count column too: "Fördelning kvinnor/män"). */
export function isFigureColumn(column: TPmColumn): boolean {
  return column.unit === 'TSEK' || column.unit === 'PERCENT' || column.unit === 'COUNT';
}

/** A missing cell prints as nothing (the row simply has no entry there). */
export function cellOf(cells: Record<string, TPmCell>, column: TPmColumn): TPmCell {
  return cells[column.key] ?? { text: '', value: null };
}

/**
 * How the .xlsx writes a cell: the column's unit, except a cell whose text is a percentage (the
 * distribution row of Tabell 6 puts "66 %" under K). Null: text as printed.
 */
export function cellNumberKind(
  column: TPmColumn,
  cell: TPmCell,
): 'TSEK' | 'PERCENT' | 'COUNT' | null {
  if (cell.value === null || !Number.isFinite(cell.value)) return null;
  if (/%\s*$/.test(cell.text)) return 'PERCENT';
  if (column.unit === 'TSEK' || column.unit === 'PERCENT' || column.unit === 'COUNT')
    return column.unit;
  return null;
}

/** Light backgrounds behind the cell's own text (the colour is never the only signal). */
export const CELL_FILL: Record<'GREEN' | 'YELLOW' | 'RED', string> = {
  GREEN: 'D5ECD4',
  YELLOW: 'FFF1B8',
  RED: 'F7D4D2',
};
export const HEADER_FILL = 'E6E9EE';
export const GROUP_FILL = 'F3F4F6';

// ---------------------------------------------------------------------------------------------
// Widths and orientation of the paged formats (PDF, .docx)
// ---------------------------------------------------------------------------------------------

/** A4 in points and the 2 cm margins: the width the tables may use. */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN_PT = 56.69;
export const CONTENT_WIDTH = {
  portrait: A4.width - 2 * MARGIN_PT,
  landscape: A4.height - 2 * MARGIN_PT,
} as const;

/** Left + right cell padding in points (pdfmake's default 4 + 4, Word's default ~5.4 + 5.4). */
const CELL_PADDING = 11;
/** Average advance of a Roboto/Calibri glyph, in em: generous, so an estimate never cuts a word. */
const EM_PER_CHAR = 0.56;
const EM_PER_BOLD_CHAR = 0.6;
const HEADER_LINES = 3;

function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? EM_PER_BOLD_CHAR : EM_PER_CHAR);
}

/** The longest piece a line may not break inside (breaks at spaces, after "/" and "-"). */
function longestWord(text: string): string {
  return text
    .split(/\s+|(?<=[/\-–])/)
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

export interface TTableLayout {
  orientation: 'portrait' | 'landscape';
  fontSize: number;
  /** Column widths in points, summing to the content width. */
  widths: number[];
}

interface TColumnNeed {
  /** Narrowest width that breaks no word of a header or a cell. */
  min: number;
  /** Width that puts every body cell on one line. */
  natural: number;
}

function columnNeeds(table: TPmTable, fontSize: number): TColumnNeed[] {
  const bodyRows = [...table.groups.flatMap((group) => group.rows), ...table.footerRows];
  return table.columns.map((column) => {
    let min = textWidth(longestWord(column.label), fontSize, true);
    // A header may wrap, but reads best in at most three lines.
    let natural = Math.max(min, textWidth(column.label, fontSize, true) / HEADER_LINES);
    for (const row of bodyRows) {
      const text = cellOf(row.cells, column).text;
      // Figures never wrap; text cells may wrap between words.
      const whole = textWidth(text, fontSize, row.emphasis);
      min = Math.max(
        min,
        isFigureColumn(column) ? whole : textWidth(longestWord(text), fontSize, row.emphasis),
      );
      natural = Math.max(natural, whole);
    }
    return { min: min + CELL_PADDING, natural: natural + CELL_PADDING };
  });
}

/** A group label over few narrow columns must fit in the width its columns get together. */
function groupMinimums(
  table: TPmTable,
  fontSize: number,
): { from: number; span: number; min: number; natural: number }[] {
  const [top] = headerRows(table.columns);
  if (!top) return [];
  return top
    .filter((cell) => cell.rowSpan === 1 && cell.colSpan > 1)
    .map((cell) => ({
      from: cell.column,
      span: cell.colSpan,
      min: textWidth(longestWord(cell.text), fontSize, true) + CELL_PADDING,
      natural: textWidth(cell.text, fontSize, true) / HEADER_LINES + CELL_PADDING,
    }));
}

function fit(needs: TColumnNeed[], available: number): number[] | null {
  const minSum = needs.reduce((sum, need) => sum + need.min, 0);
  if (minSum > available) return null;
  const naturalSum = needs.reduce((sum, need) => sum + need.natural, 0);
  if (naturalSum <= available) {
    // Every cell on one line; the space left widens the columns in proportion (headers wrap less).
    return needs.map((need) => (need.natural / naturalSum) * available);
  }
  // Start from the minimum and share the rest by how much each column would still use: a long
  // name column takes it, a "Ja/Nej" column under a long header does not.
  const spare = available - minSum;
  const wish = naturalSum - minSum;
  return needs.map((need) => need.min + ((need.natural - need.min) / wish) * spare);
}

type TOrientation = 'portrait' | 'landscape';

/** In order of preference; a table of more than 8 columns never squeezes into portrait. */
const TRIES: [TOrientation, number][] = [
  ['portrait', 9],
  ['landscape', 9],
  ['landscape', 8],
  ['landscape', 7],
];

function needsAt(table: TPmTable, fontSize: number): TColumnNeed[] {
  const needs = columnNeeds(table, fontSize);
  for (const group of groupMinimums(table, fontSize)) {
    const slice = needs.slice(group.from, group.from + group.span);
    const have = slice.reduce((sum, need) => sum + need.min, 0);
    if (have < group.min) slice.forEach((need) => (need.min += (group.min - have) / group.span));
    slice.forEach((need) => (need.natural = Math.max(need.natural, need.min)));
    const wished = slice.reduce((sum, need) => sum + need.natural, 0);
    if (wished < group.natural)
      slice.forEach((need) => (need.natural += (group.natural - wished) / group.span));
  }
  return needs;
}

/**
 * Column widths and orientation of one table: portrait at 9 pt when no word and no figure has to
 * break, else landscape (Tabell 5, Tabell 6) at 9, 8 or 7 pt. Widths are estimated from the
 * characters (no font metrics) with a margin, so an estimate errs towards wrapping, never cutting.
 */
export function layoutTable(table: TPmTable): TTableLayout {
  for (const [orientation, fontSize] of TRIES) {
    if (orientation === 'portrait' && table.columns.length > 8) continue;
    const widths = fit(needsAt(table, fontSize), CONTENT_WIDTH[orientation]);
    if (widths) return { orientation, fontSize, widths };
  }
  // Nothing fits at 7 pt in landscape: equal shares (words may then break inside a cell).
  const count = table.columns.length;
  return {
    orientation: 'landscape',
    fontSize: 7,
    widths: table.columns.map(() => CONTENT_WIDTH.landscape / count),
  };
}

/** A section is printed in landscape when one of its tables needs it. */
export function sectionOrientation(section: TPmSection): 'portrait' | 'landscape' {
  return section.blocks.some(
    (block) => block.kind === 'TABLE' && layoutTable(block.table).orientation === 'landscape',
  )
    ? 'landscape'
    : 'portrait';
}

/** Every table of the document, in order. */
export function documentTables(document: TPmDocument): TPmTable[] {
  return document.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'TABLE' ? [block.table] : [])),
  );
}

/** The notice of a PM whose half-year has no data yet for its last quarter(s). */
export function coverageNotice(document: TPmDocument): string | null {
  if (document.complete) return null;
  if (!document.dataThroughPeriod) return 'Preliminär: underlaget saknar data för halvåret.';
  let through = document.dataThroughPeriod;
  try {
    through = formatPeriod(through);
  } catch {
    // An unexpected period text is printed as it is rather than failing the whole file.
  }
  return `Preliminär: underlaget omfattar data till och med ${through}.`;
}
