import type { TParticipantMeasure } from '../schemas/index.ts';

/**
 * A participant count split by gender (K/M). `unspecified` holds what a paper gives only as a
 * total. A missing or null field is "not reported", which is not the same as 0.
 */
export interface TGenderCounts {
  women?: number | null;
  men?: number | null;
  unspecified?: number | null;
}

/** Counts per participant measure (one row of Tabell 6, or a förbund total). */
export type TParticipantMeasureCounts = Partial<Record<TParticipantMeasure, TGenderCounts>>;
