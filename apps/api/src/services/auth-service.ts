import { createHash, randomBytes } from 'node:crypto';
import type { TPrismaClient } from '@finsam/db';
import { hashPassword, verifyPassword } from '@finsam/passwords';
import type { TLoginInput, TSessionResponse, TSessionUser } from '@finsam/domain';
import { UnauthenticatedError } from '../errors/app-errors.ts';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSessionWithUser,
  touchSession,
} from '../repositories/session-repository.ts';
import { findUsersForLogin } from '../repositories/user-repository.ts';
import { recordAuthEvent } from '../repositories/auth-audit-repository.ts';
import {
  claimLoginAttempt,
  deleteExpiredRateLimits,
  loginKeys,
  releaseLoginAttempt,
} from './rate-limit-service.ts';

/** A session ends after 8 hours without a request. */
export const SESSION_IDLE_MS = 8 * 60 * 60_000;
/** Sliding expiry is written at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 5 * 60_000;

// Verifying against a real hash when the user does not exist keeps the response time the same,
// so timing does not reveal which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks the password and opens a session. The same Swedish message for every failure. Throttled
 * per account and address before the password is looked at (rate-limit-service.ts). A login that
 * comes with the browser's earlier session (`previousSessionId`) ends that session: one browser,
 * one session. Successful and failed logins of an existing account go into its förbund's audit
 * trail; an unknown address has no förbund and is only throttled.
 */
export async function login(
  prisma: TPrismaClient,
  input: TLoginInput,
  clientAddress: string,
  previousSessionId?: string,
): Promise<{ token: string; response: TSessionResponse; expiresAt: Date }> {
  const keys = loginKeys(input.email, clientAddress);
  await claimLoginAttempt(prisma, keys);

  const candidates = await findUsersForLogin(prisma, input.email);
  let user: (typeof candidates)[number] | undefined;
  if (candidates.length === 0) await verifyPassword(await getDummyHash(), input.password);
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.passwordHash, input.password)) {
      user = candidate;
      break;
    }
  }
  if (!user || !user.active) {
    for (const account of candidates) {
      const reason = account === user ? 'inactive' : 'wrong-password';
      await recordAuthEvent(prisma, {
        federationId: account.federationId,
        accountId: account.id,
        email: account.email,
        action: 'login-failed',
        signedIn: false,
        details: { reason, address: clientAddress },
      });
    }
    throw new UnauthenticatedError('Fel e-postadress eller lösenord.');
  }
  await releaseLoginAttempt(prisma, keys);
  // Housekeeping at a natural, infrequent moment: ended sessions and forgotten throttle keys
  // would otherwise accumulate forever.
  await deleteExpiredSessions(prisma, new Date());
  await deleteExpiredRateLimits(prisma);
  if (previousSessionId) await deleteSession(prisma, previousSessionId);

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
  await createSession(prisma, { id: hashToken(token), userId: user.id, csrfToken, expiresAt });
  const session = await resolveSession(prisma, token);
  if (!session) throw new UnauthenticatedError();
  await recordAuthEvent(prisma, {
    federationId: user.federationId,
    accountId: user.id,
    email: user.email,
    action: 'login',
    signedIn: true,
    details: { address: clientAddress, endedPreviousSession: Boolean(previousSessionId) },
  });
  return { token, expiresAt, response: { user: session.user, csrfToken } };
}

/** The session behind a cookie token, or null if unknown, expired or the user is deactivated. */
export async function resolveSession(
  prisma: TPrismaClient,
  token: string,
  now = new Date(),
): Promise<{
  id: string;
  csrfToken: string;
  user: TSessionUser;
  /** Set when the sliding expiry moved: the cookie's own expiry must follow. */
  renewedUntil: Date | null;
} | null> {
  const id = hashToken(token);
  const row = await findSessionWithUser(prisma, id);
  if (!row || row.expiresAt <= now || !row.user.active) return null;
  let renewedUntil: Date | null = null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    renewedUntil = new Date(now.getTime() + SESSION_IDLE_MS);
    await touchSession(prisma, id, now, renewedUntil);
  }
  return {
    id,
    csrfToken: row.csrfToken,
    renewedUntil,
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      role: row.user.role,
      federationId: row.user.federationId,
      federationName: row.user.federation.name,
      interventionIds:
        row.user.role === 'LEAD' ? row.user.assignments.map((a) => a.interventionId) : [],
    },
  };
}

export async function logout(
  prisma: TPrismaClient,
  sessionId: string,
  user: Pick<TSessionUser, 'id' | 'email' | 'federationId'>,
): Promise<void> {
  await deleteSession(prisma, sessionId);
  await recordAuthEvent(prisma, {
    federationId: user.federationId,
    accountId: user.id,
    email: user.email,
    action: 'logout',
    signedIn: true,
    details: {},
  });
}
