import type { TPrismaClient } from '@finsam/db';
import { hashPassword } from '@finsam/passwords';
import { USER_MESSAGES } from '@finsam/domain';
import type {
  TFieldError,
  TSessionUser,
  TUser,
  TUserCreateInput,
  TUserList,
  TUserUpdateInput,
} from '@finsam/domain';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors/app-errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import { findInterventionsInFederation } from '../repositories/intervention-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient } from '../repositories/transaction.ts';
import {
  createUser,
  deleteUserSessions,
  findUser,
  findUserIdByEmail,
  listUsers,
  replaceAssignments,
  updateUserIfVersion,
} from '../repositories/user-admin-repository.ts';
import type { TUserRow } from '../repositories/user-admin-repository.ts';

function toUser(row: TUserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    interventionIds: row.assignments.map((a) => a.interventionId),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

const emailTaken = () =>
  new AppError('CONFLICT', USER_MESSAGES.emailTaken, [
    { path: 'body.email', message: USER_MESSAGES.emailTaken },
  ]);

/** A LEAD may only be assigned interventions of the admin's own förbund. */
async function checkInterventions(
  db: TDbClient,
  federationId: string,
  ids: string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  const known = new Set(
    (await findInterventionsInFederation(db, federationId, unique)).map((i) => i.id),
  );
  const fields: TFieldError[] = [];
  ids.forEach((id, index) => {
    if (!known.has(id))
      fields.push({
        path: `body.interventionIds.${index}`,
        message: USER_MESSAGES.unknownIntervention,
      });
  });
  if (fields.length > 0) throw new ValidationError(fields);
  return unique;
}

async function loadUser(db: TDbClient, federationId: string, id: string): Promise<TUser> {
  const row = await findUser(db, id);
  if (!row || row.federationId !== federationId) throw new NotFoundError('Användaren finns inte.');
  return toUser(row);
}

/** GET /users (admin): the accounts of the admin's förbund. */
export async function listFederationUsers(
  prisma: TPrismaClient,
  admin: TSessionUser,
): Promise<TUserList> {
  return { users: (await listUsers(prisma, admin.federationId)).map(toUser) };
}

/** POST /users (admin). The password is hashed with argon2id; the hash is never returned. */
export async function createFederationUser(
  prisma: TPrismaClient,
  admin: TSessionUser,
  input: TUserCreateInput,
): Promise<TUser> {
  const interventionIds = await checkInterventions(
    prisma,
    admin.federationId,
    input.interventionIds,
  );
  if (await findUserIdByEmail(prisma, admin.federationId, input.email)) throw emailTaken();
  // Hashing is slow on purpose: do it before the transaction, which PGlite serialises.
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(prisma, async (tx) => {
      const { id } = await createUser(tx, {
        federationId: admin.federationId,
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
      });
      await replaceAssignments(tx, id, interventionIds);
      const after = await loadUser(tx, admin.federationId, id);
      await recordAudit(tx, { user: admin, action: 'create', entity: 'User', entityId: id, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/**
 * PATCH /users/:id (admin), if the version still matches. Deactivating or setting a new password
 * ends the user's sessions in the same transaction; a role other than LEAD keeps no interventions.
 */
export async function updateFederationUser(
  prisma: TPrismaClient,
  admin: TSessionUser,
  id: string,
  input: TUserUpdateInput,
): Promise<TUser> {
  const current = await loadUser(prisma, admin.federationId, id);
  const fields: TFieldError[] = [];
  // An admin locking themselves out would leave the förbund without anyone to manage users.
  if (id === admin.id && input.active === false)
    fields.push({ path: 'body.active', message: USER_MESSAGES.notSelfDeactivate });
  if (id === admin.id && input.role !== undefined && input.role !== admin.role) {
    fields.push({ path: 'body.role', message: USER_MESSAGES.notSelfRole });
  }
  const role = input.role ?? current.role;
  if (role !== 'LEAD' && input.interventionIds && input.interventionIds.length > 0) {
    fields.push({ path: 'body.interventionIds', message: USER_MESSAGES.interventionsOnlyForLead });
  }
  if (fields.length > 0) throw new ValidationError(fields);
  const interventionIds = input.interventionIds
    ? await checkInterventions(prisma, admin.federationId, input.interventionIds)
    : undefined;
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;

  return inTransaction(prisma, async (tx) => {
    const before = await loadUser(tx, admin.federationId, id);
    const changed = await updateUserIfVersion(tx, id, input.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    });
    if (changed === 0) throw new ConflictError();
    if (interventionIds) await replaceAssignments(tx, id, interventionIds);
    else if (role !== 'LEAD' && before.interventionIds.length > 0)
      await replaceAssignments(tx, id, []);
    if (input.active === false || passwordHash) await deleteUserSessions(tx, id);
    const after = await loadUser(tx, admin.federationId, id);
    await recordAudit(tx, {
      user: admin,
      action: 'update',
      entity: 'User',
      entityId: id,
      before,
      after: { ...after, ...(passwordHash ? { passwordChanged: true } : {}) },
    });
    return after;
  });
}
