import type { TParticipantMeasure } from '../schemas/index.ts';
import type { TGenderCounts, TParticipantMeasureCounts } from './gender-counts.ts';

/** One intervention's row of a participant table. */
export interface TParticipantTableRow {
  measures: TParticipantMeasureCounts;
  /** A women-only (or men-only) target group, e.g. Kvinna Hälsa Arbete. */
  singleGenderTargetGroup?: boolean;
}

/** Options of `sumParticipantTable`. */
export interface TSumParticipantTableOptions {
  /** Leave out single-gender target groups, for a target-group split that is not skewed by them. */
  excludeSingleGenderTargetGroup?: boolean;
}

const GENDER_FIELDS = ['women', 'men', 'unspecified'] as const;

/**
 * The "Totalt" / "Summa" row of a participant table (Tabell 6): per measure and gender, the sum
 * over the rows. A field no row reports stays missing rather than becoming 0.
 * With `excludeSingleGenderTargetGroup`, rows flagged single-gender are left out
 * (2024 H1 registered without Kvinna Hälsa Arbete: 78 K / 89 M).
 */
export function sumParticipantTable(
  rows: readonly TParticipantTableRow[],
  options: TSumParticipantTableOptions = {},
): TParticipantMeasureCounts {
  const included = options.excludeSingleGenderTargetGroup
    ? rows.filter((row) => !row.singleGenderTargetGroup)
    : rows;
  const totals: TParticipantMeasureCounts = {};
  for (const row of included) {
    for (const [measure, counts] of Object.entries(row.measures) as [
      TParticipantMeasure,
      TGenderCounts | undefined,
    ][]) {
      if (!counts) continue;
      const total: TGenderCounts = totals[measure] ?? {};
      for (const field of GENDER_FIELDS) {
        const value = counts[field];
        if (typeof value === 'number') total[field] = (total[field] ?? 0) + value;
      }
      totals[measure] = total;
    }
  }
  return totals;
}
