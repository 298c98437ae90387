import type { Prisma, TPrismaClient } from '@finsam/db';

/**
 * A login, logout or failed login in the audit trail of the account's förbund (entity `Login`,
 * entityId the account's id). A failure has no
 * signed-in user: `userId` stays empty and `userEmail` is the address that was tried.
 */
export function recordAuthEvent(
  prisma: TPrismaClient,
  event: {
    federationId: string;
    accountId: string;
    email: string;
    action: 'login' | 'logout' | 'login-failed';
    signedIn: boolean;
    details: Prisma.InputJsonValue;
  },
) {
  return prisma.auditEntry.create({
    data: {
      federationId: event.federationId,
      userId: event.signedIn ? event.accountId : null,
      userEmail: event.email,
      action: event.action,
      entity: 'Login',
      entityId: event.accountId,
      after: event.details,
    },
    select: { id: true },
  });
}
