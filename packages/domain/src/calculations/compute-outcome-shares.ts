import type { TGenderCounts } from './gender-counts.ts';
import { computeShare } from './compute-share.ts';
import { totalOfGenderCounts } from './total-of-gender-counts.ts';

/** Counts of participants who ended in the period, by gender. */
export interface TOutcomeSharesInput {
  /** Avslutade in the period — the denominator (not "avslutade under hela insatsperioden"). */
  ended: TGenderCounts;
  /** Avslutade till arbete och/eller studier. */
  endedToWorkOrStudies: TGenderCounts;
  /** Avslutade som arbetssökande. */
  endedToJobSeeking?: TGenderCounts;
  /** The PM's combined column "till arbete och/eller studier/arbetssökande". */
  endedToWorkStudiesOrJobSeeking?: TGenderCounts;
}

/** Counts and shares for one gender, or the total. Shares are unrounded; null = no data. */
export interface TOutcomeShareGroup {
  ended: number | null;
  toWorkOrStudies: number | null;
  toWorkStudiesOrJobSeeking: number | null;
  /** The rest: fortsatt rehabilitering, sjukdom, föräldraledighet, flytt, utan mätning, övrigt. */
  other: number | null;
  shareToWorkOrStudies: number | null;
  shareToWorkStudiesOrJobSeeking: number | null;
  shareOther: number | null;
}

/** Result of `computeOutcomeShares`: per gender and in total (the total includes `unspecified`). */
export interface TOutcomeShares {
  women: TOutcomeShareGroup;
  men: TOutcomeShareGroup;
  total: TOutcomeShareGroup;
}

type TGroupKey = 'women' | 'men' | 'total';

function pick(counts: TGenderCounts | undefined, group: TGroupKey): number | null {
  if (counts === undefined) return null;
  return group === 'total' ? totalOfGenderCounts(counts) : (counts[group] ?? null);
}

/**
 * Outcome shares for participants of individinsatser who ended in the period (2024 H1: 59 of 127
 * → 46 % to work/studies; 77 → 61 % including arbetssökande; the rest 50 → 39 %), per gender and
 * in total. Every share divides by those who ENDED IN THE PERIOD.
 * "Including arbetssökande" uses the combined count when given, else work/studies + job-seeking;
 * without either it is null, and so is the rest. A 0/0 share is null ("–"), where the 2022 paper
 * prints "0": a deliberate difference, no data is not 0 %.
 */
export function computeOutcomeShares(input: TOutcomeSharesInput): TOutcomeShares {
  const group = (key: TGroupKey): TOutcomeShareGroup => {
    const ended = pick(input.ended, key);
    const toWorkOrStudies = pick(input.endedToWorkOrStudies, key);
    const jobSeeking = pick(input.endedToJobSeeking, key);
    const combined = pick(input.endedToWorkStudiesOrJobSeeking, key);
    const toWorkStudiesOrJobSeeking =
      combined ??
      (toWorkOrStudies !== null && jobSeeking !== null ? toWorkOrStudies + jobSeeking : null);
    const other =
      ended !== null && toWorkStudiesOrJobSeeking !== null
        ? ended - toWorkStudiesOrJobSeeking
        : null;
    return {
      ended,
      toWorkOrStudies,
      toWorkStudiesOrJobSeeking,
      other,
      shareToWorkOrStudies: computeShare(toWorkOrStudies, ended),
      shareToWorkStudiesOrJobSeeking: computeShare(toWorkStudiesOrJobSeeking, ended),
      shareOther: computeShare(other, ended),
    };
  };
  return { women: group('women'), men: group('men'), total: group('total') };
}
