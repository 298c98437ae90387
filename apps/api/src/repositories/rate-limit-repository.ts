import { Prisma } from '@finsam/db';
import type { TPrismaClient } from '@finsam/db';

/** How one kind of key is throttled: see `loginDelayMs` in rate-limit-service.ts. */
export interface TThrottlePolicy {
  /** Attempts checked without any delay. */
  free: number;
  /** Delay after the `free`-th attempt; doubles with each further one. */
  baseMs: number;
  /** The delay never grows beyond this: a throttle, never a lock. */
  capMs: number;
  /** A key with no attempt for this long starts over. */
  forgetAfterMs: number;
}

const EPOCH = new Date(0);

/** SQL for the delay that follows attempt number `n` (the same rule as loginDelayMs). */
function delaySql(n: Prisma.Sql, p: TThrottlePolicy): Prisma.Sql {
  return Prisma.sql`make_interval(secs => CASE WHEN ${n} < ${p.free} THEN 0
    ELSE LEAST(${p.capMs / 1000}::float8, ${p.baseMs / 1000}::float8 * power(2::float8, (${n} - ${p.free})::float8)) END)`;
}

/**
 * Claims one attempt for `key`, atomically across requests and API processes: the row is locked by
 * the upsert, so of 25 parallel attempts exactly as many pass as the policy allows. Returns the
 * attempt's number, or null when the key must still wait (nothing counted then).
 */
export async function claimAttempt(
  prisma: TPrismaClient,
  key: string,
  policy: TThrottlePolicy,
  now: Date,
): Promise<number | null> {
  const forgetBefore = new Date(now.getTime() - policy.forgetAfterMs);
  const n = Prisma.sql`(CASE WHEN t."updatedAt" < ${forgetBefore} THEN 1 ELSE t."failures" + 1 END)`;
  // While attempts are free, "not before" stays in the past: each request compares with its own
  // clock, and a neighbour's slightly later `now` must not make a free attempt wait.
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "nextAttemptAt", "updatedAt")
    VALUES (${key}, 1, CASE WHEN 1 < ${policy.free} THEN CAST(${EPOCH} AS timestamp(3))
      ELSE CAST(${now} AS timestamp(3)) + ${delaySql(Prisma.sql`1`, policy)} END, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${n},
      "nextAttemptAt" = CASE WHEN ${n} < ${policy.free} THEN CAST(${EPOCH} AS timestamp(3))
        ELSE CAST(${now} AS timestamp(3)) + ${delaySql(n, policy)} END,
      "updatedAt" = GREATEST(t."updatedAt", CAST(${now} AS timestamp(3)))
    WHERE t."nextAttemptAt" <= ${now} OR t."updatedAt" < ${forgetBefore}
    RETURNING "failures"`;
  return rows[0] ? Number(rows[0].failures) : null;
}

/** When `key` may try again (null when it has no row). */
export async function readNextAttempt(prisma: TPrismaClient, key: string): Promise<Date | null> {
  const row = await prisma.loginThrottle.findUnique({
    where: { key },
    select: { nextAttemptAt: true },
  });
  return row?.nextAttemptAt ?? null;
}

/**
 * Gives back one claimed attempt that turned out to be a success: the count drops by one and the
 * delay is the one that count had, so successful logins never use up an office's allowance.
 */
export async function releaseAttempt(
  prisma: TPrismaClient,
  key: string,
  policy: TThrottlePolicy,
  now: Date,
): Promise<void> {
  const n = Prisma.sql`GREATEST(t."failures" - 1, 0)`;
  await prisma.$executeRaw`
    UPDATE "LoginThrottle" AS t SET
      "failures" = ${n},
      "nextAttemptAt" = CASE WHEN ${n} < ${policy.free} THEN CAST(${EPOCH} AS timestamp(3))
        ELSE LEAST(t."nextAttemptAt", CAST(${now} AS timestamp(3)) + ${delaySql(n, policy)}) END
    WHERE t."key" = ${key}`;
}

export function deleteThrottle(prisma: TPrismaClient, key: string) {
  return prisma.loginThrottle.deleteMany({ where: { key } });
}

/** Keys without an attempt since `before` have been forgotten anyway: drop them. */
export function deleteStaleThrottles(prisma: TPrismaClient, before: Date) {
  return prisma.loginThrottle.deleteMany({ where: { updatedAt: { lt: before } } });
}
