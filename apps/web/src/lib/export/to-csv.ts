import type { TExportKind, TExportTable, TExportValue } from './export-table.ts';

/** Byte order mark: without it Swedish Excel reads UTF-8 as Latin-1 and breaks å, ä and ö. */
export const UTF8_BOM = '\uFEFF';

/**
 * The table as CSV for Swedish Excel: `;` between cells (the comma is the decimal sign), CRLF
 * between rows, a UTF-8 BOM first. Numbers have a decimal comma, so Excel reads them as numbers:
 * kronor and counts as they are, a fraction as percent with one decimal (0.7203 → "72,0", the
 * column's header says "(%)"; the amounts it comes from are in the file unrounded). Empty values
 * (no data) are empty cells, never 0.
 */
export function toCsv(table: TExportTable): string {
  const lines = [
    table.columns.map((column) => quote(column.header)),
    ...table.rows.map((row) => row.map((value, index) => cell(value, table.columns[index]!.kind))),
  ].map((cells) => cells.join(';'));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

function cell(value: TExportValue, kind: TExportKind): string {
  if (value === null) return '';
  if (typeof value === 'object') return cell(value.number, value.kind);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const number = kind === 'fraction' ? toPercent(value) : value;
    return String(number).replace('.', ',');
  }
  return quote(value);
}

/** 0.7202684766214178 → 72 (one decimal, half away from zero; "-0" never appears). */
function toPercent(ratio: number): number {
  const tenths = Math.sign(ratio) * Math.round(Math.abs(ratio) * 1000);
  return tenths / 10 || 0;
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
