import type { TPrismaClient } from '@finsam/db';

/*
 * The dashboards' cached trend points (decision 014). A point is valid while its version is the
 * förbund's DashboardDataVersion, which triggers bump on every write to the point's inputs. They
 * are read with the rest of a dashboard's year (readDashboardYear in dashboard-data-repository).
 */

/**
 * Stores points computed at `version`, in one statement. A point already stored at a newer
 * version is kept: a slow request that read an older version never overwrites a newer point.
 */
export async function saveTrendPoints(
  prisma: TPrismaClient,
  federationId: string,
  scope: string,
  version: number,
  points: { period: string; point: unknown }[],
): Promise<void> {
  if (points.length === 0) return;
  const rows = JSON.stringify(points.map((p) => ({ period: p.period, point: p.point })));
  await prisma.$executeRaw`
    INSERT INTO "DashboardTrendPoint" ("federationId", "scope", "period", "version", "point")
    SELECT ${federationId}, ${scope}, r."period", ${version}, r."point"
    FROM json_to_recordset(${rows}::json) AS r("period" text, "point" json)
    ON CONFLICT ("federationId", "scope", "period") DO UPDATE
    SET "version" = EXCLUDED."version", "point" = EXCLUDED."point"
    WHERE "DashboardTrendPoint"."version" <= EXCLUDED."version"`;
}
