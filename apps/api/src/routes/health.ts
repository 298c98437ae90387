import { Router } from 'express';
import { z } from 'zod';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import type { TAppDependencies } from '../app.ts';

/** Liveness and readiness for a load balancer: answers 200 only when the database answers. */
export function createHealthRouter({ prisma }: TAppDependencies): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    await prisma.$queryRawUnsafe('SELECT 1');
    res.json({ status: 'ok' });
  });
  return router;
}

export const healthRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    tag: 'Drift',
    summary: 'Svarar 200 när API:t och databasen svarar',
    responses: { 200: { description: 'I drift', schema: z.object({ status: z.literal('ok') }) } },
  },
];
