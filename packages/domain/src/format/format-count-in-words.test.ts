import { describe, expect, it } from 'vitest';
import { formatCountInWords } from './format-count-in-words.ts';

describe('formatCountInWords', () => {
  it.each<[number, boolean, string]>([
    [12, false, 'tolv'], // 2024 PM: "tolv insatser"
    [12, true, 'Tolv'], // 2024 PM: "Tolv insatser har finansierats"
    [8, false, 'åtta'],
    [3, false, 'tre'],
    [1, false, 'en'], // "en förstudie"
    [0, false, 'noll'],
    [20, false, 'tjugo'],
    [21, false, '21'], // 2019 PM: "21 insatser"
    [1500, false, '1\u00a0500'],
  ])('%s (capitalize %s) → %s', (count, capitalize, words) => {
    expect(formatCountInWords(count, capitalize)).toBe(words);
  });
});
