import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

// Never the password hash: it must not leave the repository layer.
const userSelect = {
  id: true,
  federationId: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  version: true,
  assignments: { select: { interventionId: true }, orderBy: { interventionId: 'asc' } },
} as const satisfies Prisma.UserSelect;

export type TUserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export function listUsers(db: TDbClient, federationId: string) {
  return db.user.findMany({
    where: { federationId },
    select: userSelect,
    orderBy: { email: 'asc' },
  });
}

export function findUser(db: TDbClient, id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

/** The account with this address in this förbund (addresses are unique per förbund only). */
export function findUserIdByEmail(db: TDbClient, federationId: string, email: string) {
  return db.user.findUnique({
    where: { federationId_email: { federationId, email } },
    select: { id: true },
  });
}

export function createUser(
  tx: TTx,
  data: {
    federationId: string;
    email: string;
    name: string;
    role: Prisma.UserCreateManyInput['role'];
    passwordHash: string;
  },
) {
  return tx.user.create({ data, select: { id: true } });
}

/** Changes the user if the row still has `version`; 0 = stale. */
export async function updateUserIfVersion(
  tx: TTx,
  id: string,
  version: number,
  data: {
    name?: string;
    role?: Prisma.UserCreateManyInput['role'];
    active?: boolean;
    passwordHash?: string;
  },
): Promise<number> {
  const result = await tx.user.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return result.count;
}

export async function replaceAssignments(tx: TTx, userId: string, interventionIds: string[]) {
  await tx.interventionAssignment.deleteMany({ where: { userId } });
  await tx.interventionAssignment.createMany({
    data: interventionIds.map((interventionId) => ({ userId, interventionId })),
  });
}

/** Ends every session of the user (deactivation, new password). */
export function deleteUserSessions(tx: TTx, userId: string) {
  return tx.session.deleteMany({ where: { userId } });
}
