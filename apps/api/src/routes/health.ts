import { Router } from 'express';
import { z } from 'zod/mini';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import type { TAppDependencies } from '../dependencies.ts';
import { isDatabaseUnavailable } from '../errors/database-unavailable.ts';

const ZLiveness = z.object({ status: z.literal('ok') });
const ZReadiness = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unavailable']),
  message: z.optional(z.string()),
});

const DATABASE_DOWN = 'Databasen svarar inte. Försök igen om en stund.';

/**
 * Liveness (`/health/live`: the process answers; restart it if not) and readiness (`/health` and
 * `/health/ready`: the database answers too; send no traffic while it is 503). A database outage
 * must not make a load balancer restart healthy processes, hence the split.
 */
export function createHealthRouter({ prisma }: TAppDependencies): Router {
  const router = Router();
  router.get('/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const ready = async (_req: unknown, res: import('express').Response) => {
    try {
      await prisma.$queryRawUnsafe('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      res
        .status(503)
        .set('Retry-After', '5')
        .json({ status: 'unavailable', database: 'unavailable', message: DATABASE_DOWN });
    }
  };
  router.get('/', ready);
  router.get('/ready', ready);
  return router;
}

const readinessResponses = {
  200: { description: 'I drift: API:t och databasen svarar', schema: ZReadiness },
  503: { description: 'Databasen svarar inte', schema: ZReadiness },
};

export const healthRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    tag: 'Drift',
    summary: 'Beredskap (readiness): 200 när API:t och databasen svarar, annars 503',
    responses: readinessResponses,
  },
  {
    method: 'get',
    path: '/health/ready',
    tag: 'Drift',
    summary: 'Beredskap (readiness): 200 när API:t och databasen svarar, annars 503',
    responses: readinessResponses,
  },
  {
    method: 'get',
    path: '/health/live',
    tag: 'Drift',
    summary: 'Liv (liveness): 200 så länge processen svarar, oavsett databasen',
    responses: { 200: { description: 'Processen lever', schema: ZLiveness } },
  },
];
