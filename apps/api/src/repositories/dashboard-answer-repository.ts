import { Prisma } from '@finsam/db';
import type { TPrismaClient } from '@finsam/db';
import { queryRows } from './plain-sql.ts';

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

/** A stored answer's JSON text, or the same gzip-compressed (a row stored before has none). */
export type TStoredAnswer = { json: string } | { gzip: Buffer };

/**
 * The förbund's data version now (0 before its first write) and the answer cached at it, or null:
 * gzip-compressed when `gzip` is asked for and stored, else its text. The version is read before
 * any row of an answer computed on a miss, and the answer is stored under it: if a write lands
 * while it is computed, the stored answer is already stale and the next read computes it again,
 * never serving rows older than its version.
 */
export async function findDashboardAnswer(
  prisma: TPrismaClient,
  key: TDashboardAnswerKey,
  gzip: boolean,
): Promise<{ version: number; answer: TStoredAnswer | null }> {
  // Only the column that is sent is read: the text of Överblick is ~80 kB, its gzip ~12 kB. The
  // bytes travel as base64 text: the embedded database's Prisma adapter cannot read a bytea.
  const [row] = await queryRows<{ version: number; body: string | null; gzip: string | null }>(
    prisma,
    Prisma.sql`
    SELECT coalesce(v."version", 0) AS "version",
           CASE WHEN ${gzip} AND a."bodyGzip" IS NOT NULL THEN NULL ELSE a."body" END AS "body",
           CASE WHEN ${gzip} THEN encode(a."bodyGzip", 'base64') END AS "gzip"
    FROM (SELECT ${key.federationId}::text AS "federationId") f
    LEFT JOIN "DashboardDataVersion" v ON v."federationId" = f."federationId"
    LEFT JOIN "DashboardAnswer" a ON a."federationId" = f."federationId" AND a."version" = v."version"
      AND a."scope" = ${key.scope} AND a."period" = ${key.period} AND a."revision" = ${key.revision}`,
  );
  const { version, body, gzip: compressed } = row!;
  const answer =
    compressed !== null
      ? { gzip: Buffer.from(compressed, 'base64') }
      : body !== null
        ? { json: body }
        : null;
  return { version, answer };
}

/**
 * Stores an answer computed from rows read at `version`, as text and gzip-compressed. An answer
 * already stored at a newer version by the same code is kept: a slow request that read an older
 * version never overwrites a newer answer.
 */
export async function saveDashboardAnswer(
  prisma: TPrismaClient,
  key: TDashboardAnswerKey,
  version: number,
  body: { json: string; gzip: Buffer },
): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "DashboardAnswer" ("federationId", "scope", "period", "version", "revision", "body", "bodyGzip")
    VALUES (${key.federationId}, ${key.scope}, ${key.period}, ${version}, ${key.revision}, ${body.json},
            decode(${body.gzip.toString('base64')}, 'base64'))
    ON CONFLICT ("federationId", "scope", "period") DO UPDATE
    SET "version" = EXCLUDED."version", "revision" = EXCLUDED."revision", "body" = EXCLUDED."body",
        "bodyGzip" = EXCLUDED."bodyGzip"
    WHERE "DashboardAnswer"."version" < EXCLUDED."version"
       OR "DashboardAnswer"."revision" <> EXCLUDED."revision"`;
}
