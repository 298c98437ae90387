import type { TStatusColour } from '../schemas/enums.ts';

const LABELS: Record<TStatusColour, string> = {
  GREEN: 'I fas',
  YELLOW: 'Håll under uppsikt',
  RED: 'Åtgärda',
};

/**
 * The PM's meaning of a status colour (statusmarkering, DOMAIN.md §3): green "I fas", yellow
 * "Håll under uppsikt", red "Åtgärda". No status (null/undefined) → "" — the caller shows its own
 * "Ingen rapport"/"–", never a colour's text.
 */
export function formatStatusLabel(status: TStatusColour | null | undefined): string {
  return status === null || status === undefined ? '' : LABELS[status];
}
