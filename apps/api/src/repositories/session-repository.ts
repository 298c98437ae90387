import { Prisma } from '@finsam/db';
import type { TPrismaClient } from '@finsam/db';
import type { TRole } from '@finsam/domain';
import { queryRows } from './plain-sql.ts';

/** Sessions live in the database so any API process behind a load balancer can serve any request. */
export function createSession(
  prisma: TPrismaClient,
  data: { id: string; userId: string; csrfToken: string; expiresAt: Date },
) {
  return prisma.session.create({ data, select: { id: true } });
}

interface TSessionUserRow {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  name: string;
  role: TRole;
  active: boolean;
  federationId: string;
  federationName: string;
  interventionIds: string[];
}

/**
 * The session with its user, the user's förbund and assignments. Read on every request, so one
 * plain statement: through the query builder the same lookup cost ~2 ms of CPU per request in the
 * query compiler and the JSON mapping of its nested selects (decision 015); past the compiler
 * on a server (decision 024).
 */
export async function findSessionWithUser(prisma: TPrismaClient, id: string) {
  const [row] = await queryRows<TSessionUserRow>(
    prisma,
    Prisma.sql`
    SELECT s."id", s."csrfToken", s."expiresAt", s."lastSeenAt",
           u."id" AS "userId", u."email", u."name", u."role"::text AS "role", u."active",
           u."federationId", f."name" AS "federationName",
           ARRAY(SELECT a."interventionId" FROM "InterventionAssignment" a
                 WHERE a."userId" = u."id" ORDER BY a."interventionId") AS "interventionIds"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    JOIN "Federation" f ON f."id" = u."federationId"
    WHERE s."id" = ${id}`,
  );
  if (!row) return null;
  return {
    id: row.id,
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      active: row.active,
      federationId: row.federationId,
      federation: { name: row.federationName },
      assignments: row.interventionIds.map((interventionId) => ({ interventionId })),
    },
  };
}

export function touchSession(prisma: TPrismaClient, id: string, lastSeenAt: Date, expiresAt: Date) {
  return prisma.session.updateMany({ where: { id }, data: { lastSeenAt, expiresAt } });
}

export function deleteSession(prisma: TPrismaClient, id: string) {
  return prisma.session.deleteMany({ where: { id } });
}

export function deleteExpiredSessions(prisma: TPrismaClient, now: Date) {
  return prisma.session.deleteMany({ where: { expiresAt: { lt: now } } });
}
