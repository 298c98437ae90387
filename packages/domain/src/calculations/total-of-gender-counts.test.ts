import { describe, expect, it } from 'vitest';
import type { TGenderCounts } from './gender-counts.ts';
import { totalOfGenderCounts } from './total-of-gender-counts.ts';

describe('totalOfGenderCounts', () => {
  it.each<[TGenderCounts | null | undefined, number | null]>([
    [{ women: 173, men: 89 }, 262],
    [{ women: 0, men: 0 }, 0],
    [{ unspecified: 59 }, 59],
    [{ women: 3, men: null, unspecified: 2 }, 5],
    [{}, null],
    [{ women: null, men: null }, null],
    [null, null],
    [undefined, null],
  ])('%j → %s', (counts, total) => {
    expect(totalOfGenderCounts(counts)).toBe(total);
  });
});
