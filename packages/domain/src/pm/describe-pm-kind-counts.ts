import { formatCountInWords } from '../format/format-count-in-words.ts';

export interface TPmKindCounts {
  individual: number;
  structural: number;
  preStudy: number;
}

const NOUNS = {
  individual: ['individinsats', 'individinsatser'],
  structural: ['strukturinsats', 'strukturinsatser'],
  preStudy: ['förstudie', 'förstudier'],
} as const;

/**
 * The kinds of the PM's samverkansinsatser in Swedish words, as the papers count them: "åtta
 * individinsatser, tre strukturinsatser samt en förstudie" (2024 H1). Kinds with none are left
 * out; the last one is joined with "samt". Empty string when there are none at all.
 */
export function describePmKindCounts(counts: TPmKindCounts): string {
  const parts = (Object.keys(NOUNS) as (keyof TPmKindCounts)[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => {
      const [one, many] = NOUNS[kind];
      return `${formatCountInWords(counts[kind])} ${counts[kind] === 1 ? one : many}`;
    });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} samt ${parts[parts.length - 1]}`;
}
