import type { ReactNode } from 'react';
import type { TExportKind, TExportTable, TExportValue } from '../../lib/export/export-table.ts';

/**
 * One column of a `DataTable`: a raw value (for sorting and download) and how the cell shows it.
 * Display text comes only from the domain formatters; the raw value goes to CSV/Excel untouched.
 */
export interface TDataColumn<TRow> {
  id: string;
  header: string;
  /** A header spanning this and the following columns of the same group ("Inregistrerade" over K/M/S:a). */
  group?: string;
  value: (row: TRow) => TExportValue;
  /** The cell as shown; default: the value as text, or "–" for no value. */
  cell?: (row: TRow) => ReactNode;
  /** Unit of the raw value: numbers are right-aligned and typed in the downloaded file. */
  kind?: TExportKind;
  /** Header in the downloaded file when the raw value's unit differs from the screen ("Utfall (kr)"). */
  exportHeader?: string;
  /** The row's name: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  sortable?: boolean;
}

/** The table as downloaded: header texts with their group, every body row, then the foot rows. */
export function toExportTable<TRow>(
  title: string,
  columns: TDataColumn<TRow>[],
  rows: TRow[],
  footRows: TRow[] = [],
): TExportTable {
  return {
    title,
    columns: columns.map((column) => ({
      header:
        column.exportHeader ??
        (column.group ? `${column.group} – ${column.header}` : column.header),
      kind: column.kind ?? 'text',
    })),
    rows: [...rows, ...footRows].map((row) => columns.map((column) => column.value(row))),
  };
}
