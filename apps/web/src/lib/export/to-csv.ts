import type { TExportTable, TExportValue } from './export-table.ts';

/** Byte order mark: without it Swedish Excel reads UTF-8 as Latin-1 and breaks å, ä and ö. */
export const UTF8_BOM = '\uFEFF';

/**
 * The table as CSV for Swedish Excel: `;` between cells (the comma is the decimal sign), CRLF
 * between rows, a UTF-8 BOM first. Numbers are raw values with a decimal comma, so Excel reads
 * them as numbers; empty values (no data) are empty cells, never 0.
 */
export function toCsv(table: TExportTable): string {
  const lines = [
    table.columns.map((column) => quote(column.header)),
    ...table.rows.map((row) => row.map(cell)),
  ].map((cells) => cells.join(';'));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

function cell(value: TExportValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return cell(value.number);
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  return quote(value);
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
