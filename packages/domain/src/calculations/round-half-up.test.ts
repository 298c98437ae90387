import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './round-half-up.ts';

describe('roundHalfUp', () => {
  it.each([
    [982.5, 983],
    [2.4, 2],
    [2.5, 3],
    [2.6, 3],
    [0, 0],
    [0.49, 0],
    [-2.5, -3],
    [-1172.5, -1173],
    [-2.4, -2],
    [0.285 * 100, 29],
    [1.005 * 1000, 1005],
  ])('%d → %d', (value, expected) => {
    expect(roundHalfUp(value)).toBe(expected);
  });

  it('never returns −0', () => {
    expect(Object.is(roundHalfUp(-0.4), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0), 0)).toBe(true);
  });

  it('leaves NaN and infinities alone', () => {
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
