import type { TInterventionKind, TStatusColour } from '../schemas/index.ts';

/** What `countKinds` needs of an intervention. */
export interface TKindCountInput {
  kind: TInterventionKind;
  activeInPeriod: boolean;
  /** Goal-status colour for the period; null without a report/answer. */
  colour: TStatusColour | null;
}

/** Samverkansinsatser of one kind in a period, by goal colour. */
export interface TKindCount {
  kind: TInterventionKind;
  count: number;
  green: number;
  yellow: number;
  red: number;
  noStatus: number;
}

const KIND_ORDER: TInterventionKind[] = ['INDIVIDUAL', 'STRUCTURAL', 'PRE_STUDY'];

/**
 * Kind totals: samverkansinsatser running in the period, counted per kind and goal colour as the
 * PM counts them (2024 H1 "tolv insatser": 8 individ, 3 struktur, 1 förstudie). The förbund's own
 * övriga samverkansinsatser have no reports and are not counted; kinds with none are left out.
 */
export function countKinds(items: readonly TKindCountInput[]): TKindCount[] {
  return KIND_ORDER.map((kind) => {
    const ofKind = items.filter((item) => item.activeInPeriod && item.kind === kind);
    const colour = (c: TStatusColour | null) => ofKind.filter((item) => item.colour === c).length;
    return {
      kind,
      count: ofKind.length,
      green: colour('GREEN'),
      yellow: colour('YELLOW'),
      red: colour('RED'),
      noStatus: colour(null),
    };
  }).filter((count) => count.count > 0);
}
