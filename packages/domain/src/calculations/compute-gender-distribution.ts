/** Fördelning kvinnor/män of one column: K ÷ (K + M) and M ÷ (K + M). */
export interface TGenderDistribution {
  women: number | null;
  men: number | null;
}

/**
 * Gender distribution ("Fördelning kvinnor/män") of a count: women ÷ (women + men) and
 * men ÷ (women + men), unrounded. Both null when either count is missing or both are 0 (0/0 is no
 * data). Counts without gender (`unspecified`) are not part of it: pass K and M only.
 * To leave out single-gender target groups (Kvinna Hälsa Arbete), sum the rows with
 * `sumParticipantTable(rows, { excludeSingleGenderTargetGroup: true })` first.
 */
export function computeGenderDistribution(
  women: number | null | undefined,
  men: number | null | undefined,
): TGenderDistribution {
  if (
    women === null ||
    women === undefined ||
    men === null ||
    men === undefined ||
    women + men === 0
  ) {
    return { women: null, men: null };
  }
  return { women: women / (women + men), men: men / (women + men) };
}
