import type { TPrismaClient } from '@finsam/db';

/*
 * Cached dashboard answers (decision 019): the JSON text of an answer, valid while its version is
 * the förbund's DashboardDataVersion (bumped by triggers on every write to an input) and its
 * revision the running code's.
 */

export interface TDashboardAnswerKey {
  federationId: string;
  /** '' for Överblick. */
  scope: string;
  /** The period asked for, '' for the default one. */
  period: string;
  revision: string;
}

/** The cached answer's JSON text, or null when none is valid at the förbund's current version. */
export async function findDashboardAnswer(
  prisma: TPrismaClient,
  key: TDashboardAnswerKey,
): Promise<string | null> {
  const rows = await prisma.$queryRaw<{ body: string }[]>`
    SELECT a."body" FROM "DashboardAnswer" a
    JOIN "DashboardDataVersion" v ON v."federationId" = a."federationId" AND v."version" = a."version"
    WHERE a."federationId" = ${key.federationId} AND a."scope" = ${key.scope}
      AND a."period" = ${key.period} AND a."revision" = ${key.revision}`;
  return rows[0]?.body ?? null;
}

/**
 * Stores an answer computed from rows read at `version`. An answer already stored at a newer
 * version by the same code is kept: a slow request that read an older version never overwrites
 * a newer answer.
 */
export async function saveDashboardAnswer(
  prisma: TPrismaClient,
  key: TDashboardAnswerKey,
  version: number,
  body: string,
): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "DashboardAnswer" ("federationId", "scope", "period", "version", "revision", "body")
    VALUES (${key.federationId}, ${key.scope}, ${key.period}, ${version}, ${key.revision}, ${body})
    ON CONFLICT ("federationId", "scope", "period") DO UPDATE
    SET "version" = EXCLUDED."version", "revision" = EXCLUDED."revision", "body" = EXCLUDED."body"
    WHERE "DashboardAnswer"."version" < EXCLUDED."version"
       OR "DashboardAnswer"."revision" <> EXCLUDED."revision"`;
}
