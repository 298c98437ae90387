import type { Prisma } from '@finsam/db';
import type { TDbClient } from './transaction.ts';

export interface TAuditFilter {
  federationId: string;
  entity?: string;
  entityId?: string;
  userId?: string;
  /** Part of the changer's e-mail address, any case. */
  who?: string;
  /** Ids of the entries a free-text search found (findAuditIdsMatching). */
  ids?: string[];
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
}

function where(filter: TAuditFilter): Prisma.AuditEntryWhereInput {
  return {
    federationId: filter.federationId,
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.who ? { userEmail: { contains: filter.who, mode: 'insensitive' as const } } : {}),
    ...(filter.ids ? { id: { in: filter.ids } } : {}),
    ...(filter.from || filter.before
      ? {
          at: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.before ? { lt: filter.before } : {}),
          },
        }
      : {}),
  };
}

/** One page of the förbund's audit trail, newest first, and how many entries match in all. */
export async function findAuditPage(
  db: TDbClient,
  filter: TAuditFilter,
  skip: number,
  take: number,
) {
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where: where(filter),
      select: {
        id: true,
        at: true,
        userId: true,
        userEmail: true,
        action: true,
        entity: true,
        entityId: true,
        before: true,
        after: true,
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip,
      take,
    }),
    db.auditEntry.count({ where: where(filter) }),
  ]);
  return { entries, total };
}

/** `text` as an ILIKE pattern matching it anywhere, with its own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Ids of the förbund's audit entries where `text` occurs (any case) in the action, the entity,
 * its id, the e-mail of who changed it, or the before/after values (JSON as text).
 */
export async function findAuditIdsMatching(
  db: TDbClient,
  federationId: string,
  text: string,
): Promise<string[]> {
  const pattern = containsPattern(text);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "AuditEntry"
    WHERE "federationId" = ${federationId}
      AND ("action" ILIKE ${pattern} OR "entity" ILIKE ${pattern} OR "entityId" ILIKE ${pattern}
        OR COALESCE("userEmail", '') ILIKE ${pattern}
        OR COALESCE("before"::text, '') ILIKE ${pattern}
        OR COALESCE("after"::text, '') ILIKE ${pattern})`;
  return rows.map((row) => row.id);
}
