import { formatCountInWords } from '../format/format-count-in-words.ts';
import type { TPmParagraphBlock } from '../schemas/pm.ts';
import { describePmKindCounts, type TPmKindCounts } from './describe-pm-kind-counts.ts';
import { paragraph, pmPeriodWords } from './pm-paragraph.ts';

function total(counts: TPmKindCounts) {
  return counts.individual + counts.structural + counts.preStudy;
}

/** Sammanfattning: how many samverkansinsatser were financed, by kind, in Swedish words. */
export function buildPmSummaryTexts(
  year: number,
  half: 1 | 2,
  counts: TPmKindCounts,
): TPmParagraphBlock[] {
  const n = formatCountInWords(total(counts));
  return [
    paragraph(
      'sammanfattning.1',
      `Under ${pmPeriodWords(year, half).halfYear} har ${n} insatser finansierats via förbundet. ` +
        `Av de ${n} finansierade insatserna är ${describePmKindCounts(counts)}.`,
    ),
  ];
}

/** Bakgrund: where the information comes from, and for which quarters. */
export function buildPmBackgroundTexts(
  federationName: string,
  year: number,
  half: 1 | 2,
): TPmParagraphBlock[] {
  return [
    paragraph(
      'bakgrund.1',
      `Detta dokument bygger på information från aktuella insatser finansierade av ${federationName}. ` +
        'Informationen inhämtas från statistik som lämnats till förbundet via gällande uppföljningsrutiner.',
    ),
    paragraph(
      'bakgrund.2',
      `Innehållet i detta dokument baseras på information för ${pmPeriodWords(year, half).quarters}.`,
    ),
  ];
}

/** Insatser: the sentence before Tabell 1. */
export function buildPmInterventionsTexts(
  year: number,
  half: 1 | 2,
  counts: TPmKindCounts,
): TPmParagraphBlock[] {
  return [
    paragraph(
      'insatser.1',
      `Nedan följer en tabell över de ${total(counts)} insatser som varit i gång under aktuell period, ` +
        `${pmPeriodWords(year, half).quarters}, och som därmed ryms i denna uppföljning. I listan anges ` +
        'insatserna med fullständigt insatsnamn, så som det angetts i ansökan. I de tabeller som finns i ' +
        'PM:et och i text benämns vissa insatser med förkortade namn på grund av utrymmesskäl.',
    ),
  ];
}

/** Statistik och kostnader: the kinds in relation to the förbund's priorities. */
export function buildPmStatisticsTexts(counts: TPmKindCounts): TPmParagraphBlock[] {
  return [
    paragraph(
      'statistik.1',
      `Av de ${formatCountInWords(total(counts))} insatser som varit i gång under perioden är ` +
        `${describePmKindCounts(counts)}.`,
    ),
  ];
}

/** Sammanfattning och reflektioner: the opening count, for the office to continue. */
export function buildPmReflectionTexts(counts: TPmKindCounts): TPmParagraphBlock[] {
  return [
    paragraph(
      'reflektioner.1',
      `${formatCountInWords(total(counts), true)} insatser har finansierats under perioden, ` +
        `${describePmKindCounts(counts)}.`,
    ),
  ];
}
