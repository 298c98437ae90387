import type { TPrismaClient } from '@finsam/db';
import { RateLimitedError } from '../errors/app-errors.ts';
import {
  claimAttempt,
  deleteStaleThrottles,
  deleteThrottle,
  readNextAttempt,
  releaseAttempt,
} from '../repositories/rate-limit-repository.ts';
import type { TThrottlePolicy } from '../repositories/rate-limit-repository.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Login throttling, after OWASP's Authentication Cheat Sheet: no hard lock anyone could trigger
 * on purpose, but a delay that doubles after a number of free attempts, on three keys:
 * - one account from one address (`pair`): the guessing attacker. 10 free, then 1 s, 2 s, 4 s …
 *   up to 15 minutes. The real user at another address is not affected at all.
 * - one account from any address (`account`): guessing spread over many addresses. 50 free, then
 *   a delay capped at 30 s, so the real user is slowed but never locked out.
 * - one address against any account (`address`): password spraying. 30 free, capped at 60 s; an
 *   office behind one NAT address loses at most a minute, and only while someone fails there.
 * A successful login gives its attempt back (and clears its `pair`), so success never counts.
 * A key with no attempt for an hour starts over. Every count lives in the database.
 */
export const LOGIN_THROTTLES = {
  pair: { free: 10, baseMs: SECOND, capMs: 15 * MINUTE, forgetAfterMs: HOUR },
  account: { free: 50, baseMs: SECOND, capMs: 30 * SECOND, forgetAfterMs: HOUR },
  address: { free: 30, baseMs: SECOND, capMs: MINUTE, forgetAfterMs: HOUR },
} as const satisfies Record<string, TThrottlePolicy>;

/** The delay after attempt number `n` under `policy` (mirrors the SQL in the repository). */
export function loginDelayMs(n: number, policy: TThrottlePolicy): number {
  if (n < policy.free) return 0;
  return Math.min(policy.capMs, policy.baseMs * 2 ** (n - policy.free));
}

export interface TLoginKeys {
  pair: string;
  account: string;
  address: string;
}

export function loginKeys(email: string, address: string): TLoginKeys {
  return {
    pair: `login:pair:${email}|${address}`,
    account: `login:account:${email}`,
    address: `login:address:${address}`,
  };
}

const ORDER = ['pair', 'account', 'address'] as const;

/**
 * Claims one login attempt on every key, or throws 429 with the wait (Retry-After) if any key must
 * still wait; the password is then not checked at all. Check and count are one statement per key,
 * so parallel attempts cannot all slip through.
 */
export async function claimLoginAttempt(
  prisma: TPrismaClient,
  keys: TLoginKeys,
  now = new Date(),
): Promise<void> {
  for (const kind of ORDER) {
    const claimed = await claimAttempt(prisma, keys[kind], LOGIN_THROTTLES[kind], now);
    if (claimed === null) {
      const next = await readNextAttempt(prisma, keys[kind]);
      const seconds = Math.max(
        1,
        Math.ceil(((next?.getTime() ?? now.getTime()) - now.getTime()) / SECOND),
      );
      throw new RateLimitedError(
        `För många misslyckade inloggningar. Vänta ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'} och försök igen.`,
        seconds,
      );
    }
  }
}

/** After a successful login: the attempt was no failure. */
export async function releaseLoginAttempt(
  prisma: TPrismaClient,
  keys: TLoginKeys,
  now = new Date(),
): Promise<void> {
  await deleteThrottle(prisma, keys.pair);
  await releaseAttempt(prisma, keys.account, LOGIN_THROTTLES.account, now);
  await releaseAttempt(prisma, keys.address, LOGIN_THROTTLES.address, now);
}

/** Housekeeping: keys forgotten after an hour would otherwise only accumulate. */
export function deleteExpiredRateLimits(prisma: TPrismaClient, now = new Date()) {
  return deleteStaleThrottles(prisma, new Date(now.getTime() - HOUR));
}
