import { z } from 'zod/mini';

/**
 * A reporting period as text: a year (`2024`), a half-year (`2024H1`, `2024H2`), a quarter
 * (`2024Q3`) or a month (`2024-05`). Every period lies inside one calendar year, which is the
 * budget year the förbrukningskvot is computed against.
 */
export const ZPeriod = z.string({ error: 'Ange en period.' }).check(
  z.trim(),
  z.toUpperCase(),
  z.regex(/^(\d{4})(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$/, {
    error: 'Ange perioden som år (2024), halvår (2024H1), kvartal (2024Q3) eller månad (2024-05).',
  }),
);
export type TPeriod = z.infer<typeof ZPeriod>;

export type TPeriodKind = 'YEAR' | 'HALF' | 'QUARTER' | 'MONTH';

/** A period resolved to its calendar months (1–12, inclusive). */
export interface TPeriodRange {
  period: string;
  kind: TPeriodKind;
  year: number;
  startMonth: number;
  endMonth: number;
}
