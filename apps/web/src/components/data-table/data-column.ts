import type { ReactNode } from 'react';
import { NO_DATA, formatCount, formatPercent, formatTsek } from '@finsam/domain';
import type { TExportKind, TExportTable, TExportValue } from '../../lib/export/export-table.ts';

/**
 * One column of a `DataTable`: a raw value (for sorting, and the number in the download) and how
 * the cell shows it. Display text comes only from the domain formatters.
 */
export interface TDataColumn<TRow> {
  id: string;
  header: string;
  /** A header spanning this and the following columns of the same group ("Inregistrerade" over K/M/S:a). */
  group?: string;
  /**
   * The sort key. For number kinds it is also what the download holds (kronor, counts, the
   * unrounded ratio); a text column downloads the text its cell shows, never this key.
   */
  value: (row: TRow) => TExportValue;
  /** The cell as shown; default: the value as text, or "–" for no value. */
  cell?: (row: TRow) => ReactNode;
  /** Unit of the raw value: numbers are right-aligned and typed in the downloaded file. */
  kind?: TExportKind;
  /**
   * Header in the downloaded file. Default: the header with the download's unit ("Utfall TSEK"
   * → "Utfall (kr)", "Förbrukning" → "Förbrukning (%)").
   */
  exportHeader?: string;
  /** The row's name: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  sortable?: boolean;
}

/** The text a rendered cell shows, by row key and column id (read from the table on screen). */
export type TShownText = (rowKey: string, columnId: string) => string | undefined;

/**
 * The table as downloaded (nedladdning), "what the cell shows" in a form a spreadsheet can use:
 * - text columns: the cell's text as on screen (a goal colour's Swedish label, a period as
 *   "1 jan 2024 – 31 dec 2025"), never the sort key behind it;
 * - kronor: whole kronor, unrounded, under a header that says "(kr)" (the screen shows TSEK);
 * - fractions: percent (see to-csv / to-xlsx) under a header that says "(%)";
 * - counts as they are. No data is an empty cell, never 0.
 */
export function toExportTable<TRow>(
  title: string,
  columns: TDataColumn<TRow>[],
  rows: TRow[],
  footRows: TRow[] = [],
  options: { rowKey?: (row: TRow) => string; shownText?: TShownText } = {},
): TExportTable {
  const { rowKey, shownText } = options;
  const exportValue = (row: TRow, column: TDataColumn<TRow>): TExportValue => {
    const value = column.value(row);
    if ((column.kind ?? 'text') !== 'text') return value;
    const shown = rowKey && shownText ? shownText(rowKey(row), column.id) : undefined;
    const text =
      shown ??
      (column.cell ? plainText(column.cell(row)) : undefined) ??
      displayValue(value, 'text');
    return text === '' || text === NO_DATA ? null : text;
  };
  return {
    title,
    columns: columns.map((column) => ({
      header: exportHeaderOf(column),
      kind: column.kind ?? 'text',
    })),
    rows: [...rows, ...footRows].map((row) => columns.map((column) => exportValue(row, column))),
  };
}

/** The header in the downloaded file, naming the unit of its numbers. */
export function exportHeaderOf<TRow>(column: TDataColumn<TRow>): string {
  if (column.exportHeader) return column.exportHeader;
  const header = column.group ? `${column.group} – ${column.header}` : column.header;
  switch (column.kind) {
    case 'kronor':
      return `${header.replace(/\s*\(?\b(TSEK|tkr)\b\)?/gi, '').trim()} (kr)`;
    case 'fraction':
      return header.includes('%') ? header : `${header} (%)`;
    default:
      return header;
  }
}

/** Each kind through its domain formatter; a missing value shows "–" (no data is not zero). */
export function displayValue(value: TExportValue, kind: TExportKind): string {
  if (value === null) return NO_DATA;
  if (typeof value === 'object') return displayValue(value.number, value.kind);
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'kronor':
      return formatTsek(value);
    case 'fraction':
      return formatPercent(value);
    default:
      return formatCount(value);
  }
}

/** A cell that is plain text (a string or number) without rendering it; otherwise undefined. */
function plainText(node: ReactNode): string | undefined {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  return undefined;
}

/**
 * Reads what each cell of a rendered DataTable shows: its text as a screen reader gets it
 * (visually hidden text included, `aria-hidden` decoration left out), spaces collapsed but
 * U+00A0 kept.
 */
export function readShownText(container: Element | null): TShownText {
  const texts = new Map<string, string>();
  for (const row of container?.querySelectorAll('tr[data-row-key]') ?? []) {
    const key = row.getAttribute('data-row-key')!;
    for (const cell of row.querySelectorAll(':scope > [data-column-id]')) {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      const text = (copy.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
      texts.set(`${key}\u0000${cell.getAttribute('data-column-id')}`, text);
    }
  }
  return (rowKey, columnId) => texts.get(`${rowKey}\u0000${columnId}`);
}
