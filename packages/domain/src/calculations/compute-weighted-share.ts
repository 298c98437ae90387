/** One intervention's part and whole (e.g. ended to work/studies, and ended). */
export interface TWeightedShareRow {
  part: number | null | undefined;
  whole: number | null | undefined;
}

/**
 * Weighted share across interventions: Σ part ÷ Σ whole, so each participant counts once
 * (2022 Tabell 8 "Summa": 64 of 92 → 70 %). Rows with a missing part or whole are left out
 * entirely; null when Σ whole is 0. Compare `computeUnweightedMean`.
 */
export function computeWeightedShare(rows: readonly TWeightedShareRow[]): number | null {
  let part = 0;
  let whole = 0;
  for (const row of rows) {
    if (typeof row.part !== 'number' || typeof row.whole !== 'number') continue;
    part += row.part;
    whole += row.whole;
  }
  return whole === 0 ? null : part / whole;
}
