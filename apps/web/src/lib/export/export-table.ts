/**
 * A table as it is downloaded (nedladdning): plain headers and raw values, never display text, so
 * a spreadsheet gets numbers it can compute with.
 */
export type TExportKind = 'text' | 'kronor' | 'count' | 'fraction';

export interface TExportColumn {
  header: string;
  kind: TExportKind;
}

/** A number whose unit differs from its column's (a percentage in a foot row of counts). */
export interface TExportNumber {
  number: number;
  kind: TExportKind;
}

export type TExportValue = string | number | null | TExportNumber;

export interface TExportTable {
  /** Shown as the sheet's title row and used for the file name. */
  title: string;
  columns: TExportColumn[];
  rows: TExportValue[][];
}

/** A file name from a Swedish title: "Utfall och budget 2024H1" → "utfall-och-budget-2024h1". */
export function toFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'tabell';
}
