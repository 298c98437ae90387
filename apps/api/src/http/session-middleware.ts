import type { RequestHandler } from 'express';
import type { TPrismaClient } from '@finsam/db';
import { CSRF_HEADER } from '@finsam/domain';
import type { TRole } from '@finsam/domain';
import { resolveSession } from '../services/auth-service.ts';
import { readCookie, SESSION_COOKIE, sessionCookieOptions } from './cookies.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors.ts';

/** Loads the session named by the cookie, if any, onto req.user. Never rejects by itself. */
export function loadSession(prisma: TPrismaClient, production: boolean): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) {
      const session = await resolveSession(prisma, token);
      if (session) {
        req.user = session.user;
        req.session = { id: session.id, csrfToken: session.csrfToken };
        if (session.renewedUntil) {
          res.cookie(SESSION_COOKIE, token, sessionCookieOptions(production, session.renewedUntil));
        }
      }
    }
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every state-changing request with a session: the token handed out at login
 * (and by /auth/me) must come back in the X-CSRF-Token header. A cross-site page can make the
 * browser send the cookie but cannot read the token.
 */
export const requireCsrf: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  // Also for login (no session yet): a browser names the page that sent the request.
  const origin = req.get('origin');
  if (origin && !sameOrigin(origin, `${req.protocol}://${req.get('host') ?? ''}`)) {
    return next(new ForbiddenError('Förfrågan kom från en annan webbplats och avvisades.'));
  }
  if (!req.session) return next();
  if (req.get(CSRF_HEADER) !== req.session.csrfToken) {
    return next(
      new ForbiddenError('Säkerhetstoken saknas eller är ogiltig. Ladda om sidan och försök igen.'),
    );
  }
  next();
};

/** Rejects requests without a valid session (401). */
export const requireAuth: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new UnauthenticatedError());
};

/** Allows only the given roles (403 for the others). Use after requireAuth. */
export function requireRole(...roles: TRole[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(new UnauthenticatedError());
    next(roles.includes(req.user.role) ? undefined : new ForbiddenError());
  };
}

/** The signed-in user; throws 401 if a route forgot requireAuth. */
export function currentUser(req: { user?: import('@finsam/domain').TSessionUser }) {
  if (!req.user) throw new UnauthenticatedError();
  return req.user;
}

/**
 * Whether an Origin header names this server: scheme, host and port all equal (http://x and
 * https://x are different sites; so are :5173 and :3000). Default ports compare equal to none
 * (URL.origin drops them). "null" (sandboxed pages, file://) or anything unparsable never matches.
 */
export function sameOrigin(origin: string, self: string): boolean {
  try {
    const a = new URL(origin);
    const b = new URL(self);
    return a.origin !== 'null' && a.origin === b.origin;
  } catch {
    return false;
  }
}
