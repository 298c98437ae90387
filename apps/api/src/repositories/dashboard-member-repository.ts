import type { TPrismaClient } from '@finsam/db';

const MEMBER_SELECT = { id: true, key: true, name: true, shortName: true, kind: true } as const;

/** The förbund's members with how many interventions each owns, for navigation. */
export function listDashboardMembers(prisma: TPrismaClient, federationId: string) {
  return prisma.member.findMany({
    where: { federationId },
    select: { ...MEMBER_SELECT, _count: { select: { ownedInterventions: true } } },
    orderBy: [{ kind: 'asc' }, { shortName: 'asc' }],
  });
}

/** A member of THIS förbund by id or key ('knivsta'); null otherwise (another förbund's → 404). */
export function findDashboardMember(prisma: TPrismaClient, federationId: string, idOrKey: string) {
  return prisma.member.findFirst({
    where: { federationId, OR: [{ id: idOrKey }, { key: idOrKey }] },
    select: MEMBER_SELECT,
  });
}
