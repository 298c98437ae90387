import type { TPmParagraphBlock } from '../schemas/pm.ts';

/** A pre-filled paragraph (not yet edited): `text` = `prefilled`. */
export function paragraph(id: string, prefilled: string): TPmParagraphBlock {
  return { kind: 'PARAGRAPH', id, text: prefilled, prefilled, edited: false };
}

/** "första halvåret 2024", "kvartal 1 och 2 år 2024" and the like for a half-year. */
export function pmPeriodWords(year: number, half: 1 | 2) {
  return {
    halfYear: `${half === 1 ? 'första' : 'andra'} halvåret ${year}`,
    quarters: `kvartal ${half === 1 ? '1 och 2' : '3 och 4'} år ${year}`,
    months:
      half === 1
        ? `januari till och med juni år ${year}`
        : `januari till och med december år ${year}`,
    lastDay: half === 1 ? `Den sista juni år ${year}` : `Den sista december år ${year}`,
  };
}
