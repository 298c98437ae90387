import { formatCount } from '../format/format-count.ts';
import { formatPercent } from '../format/format-percent.ts';
import { formatTsek } from '../format/format-tsek.ts';
import { NO_DATA } from '../format/characters.ts';
import type { TPmCell, TPmColumn, TPmColumnUnit } from '../schemas/pm.ts';

type TColour = 'GREEN' | 'YELLOW' | 'RED' | null;

/** A text cell; an empty or missing text prints "–". */
export function textCell(text: string | null | undefined, colour: TColour = null): TPmCell {
  const printed = text === null || text === undefined || text.trim() === '' ? NO_DATA : text;
  return colour ? { text: printed, value: null, colour } : { text: printed, value: null };
}

/** Kronor shown as TSEK ("1 326"); the unrounded kronor kept in `value`. */
export function tsekCell(kronor: number | null | undefined): TPmCell {
  return { text: formatTsek(kronor), value: kronor ?? null };
}

/** A ratio or share shown as whole percent ("72 %"); the unrounded fraction kept. */
export function percentCell(ratio: number | null | undefined, colour: TColour = null): TPmCell {
  const value = ratio === undefined || ratio === null || !Number.isFinite(ratio) ? null : ratio;
  const cell: TPmCell = { text: formatPercent(value), value };
  return colour && value !== null ? { ...cell, colour } : cell;
}

export function countCell(count: number | null | undefined): TPmCell {
  return { text: formatCount(count), value: count ?? null };
}

/** An intentionally empty cell (the S:a column of the distribution row). */
export const EMPTY_CELL: TPmCell = { text: '', value: null };

export function column(
  key: string,
  label: string,
  unit: TPmColumnUnit,
  group: string | null = null,
): TPmColumn {
  return { key, label, group, unit };
}

/** "Enköping" for a row: the owner's short name, "–" for the förbund's own insatser. */
export function municipalityOf(owner: { shortName: string } | null): string {
  return owner?.shortName ?? NO_DATA;
}
