import { formatCount } from './format-count.ts';

const WORDS = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
  'tjugo',
];

/**
 * A count in Swedish words as the PMs write them ("tolv insatser", "åtta individinsatser", "en
 * förstudie"): 0–20 as words (common gender: "en", as for insats), larger counts as digits
 * ("21"). `capitalize` for the start of a sentence ("Tolv insatser har finansierats …").
 * A negative or fractional count is written as digits by `formatCount`.
 */
export function formatCountInWords(count: number, capitalize = false): string {
  const word =
    Number.isInteger(count) && count >= 0 && count < WORDS.length
      ? WORDS[count]!
      : formatCount(count);
  return capitalize ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
