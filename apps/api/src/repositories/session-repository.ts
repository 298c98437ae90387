import type { TPrismaClient } from '@finsam/db';

/** Sessions live in the database so any API process behind a load balancer can serve any request. */
export function createSession(
  prisma: TPrismaClient,
  data: { id: string; userId: string; csrfToken: string; expiresAt: Date },
) {
  return prisma.session.create({ data, select: { id: true } });
}

export function findSessionWithUser(prisma: TPrismaClient, id: string) {
  return prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      csrfToken: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          federationId: true,
          federation: { select: { name: true } },
          assignments: { select: { interventionId: true } },
        },
      },
    },
  });
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
