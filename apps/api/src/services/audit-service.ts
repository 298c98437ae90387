import type { TPrismaClient } from '@finsam/db';
import type { TAuditPage, TAuditQuery, TSessionUser } from '@finsam/domain';
import { findAuditIdsMatching, findAuditPage } from '../repositories/audit-query-repository.ts';
import { fromIsoDate } from './db-dates.ts';

const DAY_MS = 24 * 60 * 60_000;

/**
 * GET /audit (kansli): who changed what in the förbund, newest first. `from`/`to` are calendar
 * days in UTC, both inclusive; `who` matches part of the changer's e-mail, `q` any text in the
 * entry (action, entity, id, before and after).
 */
export async function getAuditPage(
  prisma: TPrismaClient,
  user: TSessionUser,
  query: TAuditQuery,
): Promise<TAuditPage> {
  const { entries, total } = await findAuditPage(
    prisma,
    {
      federationId: user.federationId,
      entity: query.entity,
      entityId: query.entityId,
      userId: query.userId,
      who: query.who || undefined,
      ids: query.q ? await findAuditIdsMatching(prisma, user.federationId, query.q) : undefined,
      from: query.from ? fromIsoDate(query.from) : undefined,
      before: query.to ? new Date(fromIsoDate(query.to).getTime() + DAY_MS) : undefined,
    },
    (query.page - 1) * query.pageSize,
    query.pageSize,
  );
  return {
    entries: entries.map((e) => ({
      ...e,
      at: e.at.toISOString(),
      before: e.before ?? null,
      after: e.after ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
