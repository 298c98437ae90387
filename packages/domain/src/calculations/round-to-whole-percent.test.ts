import { describe, expect, it } from 'vitest';
import { roundToWholePercent } from './round-to-whole-percent.ts';

describe('roundToWholePercent', () => {
  it.each([
    [198_647 / 180_000, 110],
    [955_076 / 1_326_000, 72],
    [59 / 127, 46],
    [0, 0],
    [null, null],
  ])('%s → %s', (ratio, percent) => {
    expect(roundToWholePercent(ratio)).toBe(percent);
  });
});
