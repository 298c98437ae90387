import type { TPrismaClient } from '@finsam/db';

/**
 * The accounts with this e-mail address, in any förbund (an address is unique only within one).
 * Login tries the password against each; a handful at most.
 */
export function findUsersForLogin(prisma: TPrismaClient, email: string) {
  return prisma.user.findMany({
    where: { email },
    select: { id: true, email: true, federationId: true, passwordHash: true, active: true },
    orderBy: { createdAt: 'asc' },
    take: 5,
  });
}
