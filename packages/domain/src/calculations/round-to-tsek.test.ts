import { describe, expect, it } from 'vitest';
import { roundToTsek } from './round-to-tsek.ts';

describe('roundToTsek', () => {
  it.each([
    // DOMAIN.md §4 and the 2024-10 driftsredovisning
    [982_500, 983],
    [1_326_000, 1326],
    [1_172_500, 1173],
    [-1_172_500, -1173],
    [-2_959_000, -2959],
    [198_647, 199],
    [847_499.5, 847],
    [847_500, 848],
    [499, 0],
    [-499, 0],
  ])('%d kr → %d TSEK', (kronor, tsek) => {
    expect(roundToTsek(kronor)).toBe(tsek);
  });
});
