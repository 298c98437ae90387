import type { TPrismaClient } from '@finsam/db';

export function findUserForLogin(prisma: TPrismaClient, email: string) {
  return prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
}
