import { Router } from 'express';
import type { TAppDependencies } from '../app.ts';
import { loadSession, requireCsrf } from '../http/session-middleware.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { authRouteDocs, createAuthRouter } from './auth.ts';
import { createHealthRouter, healthRouteDocs } from './health.ts';
import { createOpenApiRouter } from './openapi.ts';

/** Every route's documentation; a test checks each served route is listed here. */
export const routeDocs: TRouteDoc[] = [...healthRouteDocs, ...authRouteDocs];

/** Every API route, mounted under /api. */
export function createApiRouter(deps: TAppDependencies): Router {
  const router = Router();
  router.use('/health', createHealthRouter(deps));
  router.use(createOpenApiRouter(routeDocs));
  router.use(loadSession(deps.prisma), requireCsrf);
  router.use('/auth', createAuthRouter(deps));
  return router;
}
