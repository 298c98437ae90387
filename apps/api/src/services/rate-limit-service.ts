import type { TPrismaClient } from '@finsam/db';
import { RateLimitedError } from '../errors/app-errors.ts';
import {
  clearHits,
  countHit,
  deleteOldHits,
  readHits,
} from '../repositories/rate-limit-repository.ts';

export interface TRateLimit {
  /** Failures allowed per window. */
  limit: number;
  windowMs: number;
}

/**
 * Failed logins: 10 per e-mail address and 30 per client address in 15 minutes. Only failures
 * count, so an office behind one NAT address is never locked out by its own successful logins.
 */
export const LOGIN_LIMITS = {
  perEmail: { limit: 10, windowMs: 15 * 60_000 },
  perAddress: { limit: 30, windowMs: 15 * 60_000 },
} as const;

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Throws 429 when `key` has used up its failures in the current window. Counts nothing. */
export async function assertNotRateLimited(
  prisma: TPrismaClient,
  key: string,
  { limit, windowMs }: TRateLimit,
  now = new Date(),
): Promise<void> {
  if ((await readHits(prisma, key, windowStart(now, windowMs))) >= limit) {
    throw new RateLimitedError();
  }
}

/** Counts one failure for `key` in the current window (atomic across API processes). */
export async function recordRateLimitedFailure(
  prisma: TPrismaClient,
  key: string,
  { windowMs }: TRateLimit,
  now = new Date(),
): Promise<void> {
  await countHit(prisma, key, windowStart(now, windowMs));
}

export function resetRateLimit(prisma: TPrismaClient, key: string) {
  return clearHits(prisma, key);
}

/** Drops counters of windows that have ended: the table would otherwise only grow. */
export function deleteExpiredRateLimits(prisma: TPrismaClient, now = new Date()) {
  const longest = Math.max(LOGIN_LIMITS.perEmail.windowMs, LOGIN_LIMITS.perAddress.windowMs);
  return deleteOldHits(prisma, new Date(now.getTime() - longest));
}
