import type { TPrismaClient } from '@finsam/db';

/**
 * Counts one hit for `key` in the fixed window starting at `windowStart` and returns the new count.
 * One atomic statement, so several API processes share the same counters.
 */
export async function countHit(
  prisma: TPrismaClient,
  key: string,
  windowStart: Date,
): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0);
}

/** The count of `key` in the window starting at `windowStart` (0 when none). */
export async function readHits(
  prisma: TPrismaClient,
  key: string,
  windowStart: Date,
): Promise<number> {
  const row = await prisma.rateLimitHit.findUnique({
    where: { key_windowStart: { key, windowStart } },
    select: { count: true },
  });
  return row?.count ?? 0;
}

export function clearHits(prisma: TPrismaClient, key: string) {
  return prisma.rateLimitHit.deleteMany({ where: { key } });
}

export function deleteOldHits(prisma: TPrismaClient, before: Date) {
  return prisma.rateLimitHit.deleteMany({ where: { windowStart: { lt: before } } });
}
