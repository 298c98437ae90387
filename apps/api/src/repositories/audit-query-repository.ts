import type { Prisma } from '@finsam/db';
import type { TDbClient } from './transaction.ts';

export interface TAuditFilter {
  federationId: string;
  entity?: string;
  entityId?: string;
  userId?: string;
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
