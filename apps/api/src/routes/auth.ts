import { Router } from 'express';
import { ZLoginInput, ZSessionResponse } from '@finsam/domain';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import type { TAppDependencies } from '../dependencies.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../http/cookies.ts';
import { UnauthenticatedError } from '../errors/app-errors.ts';
import { requireAuth } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import { login, logout } from '../services/auth-service.ts';

export function createAuthRouter({ prisma, production }: TAppDependencies): Router {
  const router = Router();

  router.post(
    '/login',
    validate({ body: ZLoginInput }, async ({ body }, req, res) => {
      // The browser's earlier session (another user's, perhaps) ends with this login.
      const result = await login(prisma, body, req.ip ?? 'unknown', req.session?.id);
      res.cookie(SESSION_COOKIE, result.token, sessionCookieOptions(production, result.expiresAt));
      res.json(result.response);
    }),
  );

  router.post('/logout', requireAuth, async (req, res) => {
    if (req.session && req.user) await logout(prisma, req.session.id, req.user);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(production));
    res.status(204).end();
  });

  router.get('/me', (req, res) => {
    if (!req.user || !req.session) throw new UnauthenticatedError();
    res.json({ user: req.user, csrfToken: req.session.csrfToken });
  });

  return router;
}

export const authRouteDocs: TRouteDoc[] = [
  {
    method: 'post',
    path: '/auth/login',
    tag: 'Inloggning',
    summary:
      'Logga in med e-post och lösenord; sätter sessionscookien och avslutar webbläsarens tidigare session. Misslyckade försök bromsas per konto och adress med en växande väntetid (429 med Retry-After)',
    request: { body: ZLoginInput },
    responses: { 200: { description: 'Inloggad', schema: ZSessionResponse } },
  },
  {
    method: 'post',
    path: '/auth/logout',
    tag: 'Inloggning',
    summary: 'Logga ut; sessionen tas bort',
    roles: ['BOARD', 'LEAD', 'OFFICE', 'ADMIN'],
    responses: { 204: { description: 'Utloggad' } },
  },
  {
    method: 'get',
    path: '/auth/me',
    tag: 'Inloggning',
    summary: 'Den inloggade användaren och CSRF-token',
    roles: ['BOARD', 'LEAD', 'OFFICE', 'ADMIN'],
    responses: { 200: { description: 'Sessionen', schema: ZSessionResponse } },
  },
];
