import type { TPrismaClient } from '@finsam/db';
import { RateLimitedError } from '../http/errors.ts';
import { clearHits, countHit } from '../repositories/rate-limit-repository.ts';

export interface TRateLimit {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

/** Login attempts: 10 per e-mail address and 30 per client address in 15 minutes. */
export const LOGIN_LIMITS = {
  perEmail: { limit: 10, windowMs: 15 * 60_000 },
  perAddress: { limit: 30, windowMs: 15 * 60_000 },
} as const;

/** Counts a hit and throws 429 when the window's limit is passed. */
export async function consumeRateLimit(
  prisma: TPrismaClient,
  key: string,
  { limit, windowMs }: TRateLimit,
  now = new Date(),
): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const count = await countHit(prisma, key, windowStart);
  if (count > limit) throw new RateLimitedError();
}

export function resetRateLimit(prisma: TPrismaClient, key: string) {
  return clearHits(prisma, key);
}
