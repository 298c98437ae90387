import type { TPeriodKind } from '../schemas/index.ts';

const MONTHS_PER_KIND: Record<TPeriodKind, number> = { YEAR: 12, HALF: 6, QUARTER: 3, MONTH: 1 };

/** Length in months of a period kind: helår 12, halvår 6, kvartal 3, månad 1. */
export function monthsInPeriodKind(kind: TPeriodKind): number {
  return MONTHS_PER_KIND[kind];
}
