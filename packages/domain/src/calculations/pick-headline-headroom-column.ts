import type { TPlanColumnKind } from '../schemas/index.ts';

/**
 * The beslutsutrymme column a dashboard headlines for a year: the year's prognosis column
 * (the current year's best estimate), else its budget column, else its first column; null when
 * the plan has no column for the year (never another year's figure).
 */
export function pickHeadlineHeadroomColumn<T extends { year: number; kind: TPlanColumnKind }>(
  columns: readonly T[],
  year: number,
): T | null {
  const ofYear = columns.filter((column) => column.year === year);
  return (
    ofYear.find((column) => column.kind === 'PROGNOSIS') ??
    ofYear.find((column) => column.kind === 'BUDGET') ??
    ofYear[0] ??
    null
  );
}
