import { Prisma } from '@finsam/db';
import type { Db, TPrismaClient } from '@finsam/db';
import { queryRows } from './plain-sql.ts';

/**
 * The fields access checks need: which förbund the intervention belongs to. Read before nearly
 * every intervention's request, so a plain statement (decision 024).
 */
export async function findInterventionScope(prisma: TPrismaClient, id: string) {
  const [row] = await queryRows<{ id: string; federationId: string; kind: Db.InterventionKind }>(
    prisma,
    Prisma.sql`SELECT "id", "federationId", "kind"::text AS "kind" FROM "Intervention" WHERE "id" = ${id}`,
  );
  return row ?? null;
}
