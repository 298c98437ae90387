import { roundHalfUp } from './round-half-up.ts';

/** Result of `computeHalfYearMemberFees`. */
export interface THalfYearMemberFees {
  /** Each member's half-year fee, in input order. */
  lines: { key: string; amountKronor: number }[];
  sumKronor: number;
  /** Σ − half the nominal annual total; null when no nominal total is given. */
  roundingDifferenceKronor: number | null;
}

/**
 * Half-year member fees (the delårsrapport's "Rörelseintäkter"): each member's annual fee ÷ 2,
 * rounded half up to whole kronor on its own (Tierp 2024: 305 547 → 152 774). The sum may then
 * exceed half the nominal total (2024: 11 661 001 against 11 661 000); the difference is returned,
 * not spread. `nominalAnnualTotalKronor` is the year's decided total; half of it is rounded too.
 */
export function computeHalfYearMemberFees(
  annual: readonly { key: string; amountKronor: number }[],
  nominalAnnualTotalKronor?: number,
): THalfYearMemberFees {
  const lines = annual.map((member) => ({
    key: member.key,
    amountKronor: roundHalfUp(member.amountKronor / 2),
  }));
  const sumKronor = lines.reduce((sum, line) => sum + line.amountKronor, 0);
  return {
    lines,
    sumKronor,
    roundingDifferenceKronor:
      nominalAnnualTotalKronor === undefined
        ? null
        : sumKronor - roundHalfUp(nominalAnnualTotalKronor / 2),
  };
}
