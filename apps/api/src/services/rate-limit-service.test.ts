import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLES, loginDelayMs } from './rate-limit-service.ts';

describe('loginDelayMs: free attempts, then a doubling delay up to a cap (never a lock)', () => {
  it.each([
    ['pair', 1, 0],
    ['pair', 9, 0],
    ['pair', 10, 1_000],
    ['pair', 11, 2_000],
    ['pair', 13, 8_000],
    ['pair', 19, 512_000],
    ['pair', 20, 900_000],
    ['pair', 500, 900_000],
    ['account', 49, 0],
    ['account', 50, 1_000],
    ['account', 60, 30_000],
    ['address', 29, 0],
    ['address', 30, 1_000],
    ['address', 40, 60_000],
  ] as const)('%s, attempt %i → %i ms', (kind, attempt, expected) => {
    expect(loginDelayMs(attempt, LOGIN_THROTTLES[kind])).toBe(expected);
  });
});
