import { Router } from 'express';
import { ZAuditPage, ZAuditQuery } from '@finsam/domain';
import type { TAuditQuery } from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { getAuditPage } from '../services/audit-service.ts';

/** /api/audit: the audit trail of the förbund, for the office. */
export function createAuditRouter({ prisma }: TAppDependencies): Router {
  const router = Router();
  router.get('/', requireRole('OFFICE'), validate({ query: ZAuditQuery }), async (req, res) => {
    res.json(await getAuditPage(prisma, currentUser(req), req.query as unknown as TAuditQuery));
  });
  return router;
}

export const auditRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/audit',
    tag: 'Ändringslogg',
    summary:
      'Vem ändrade vad och när, med före och efter (kansliet); filter på typ, id, användare och datum; nyaste först, sidindelat',
    roles: ['OFFICE'],
    request: { query: ZAuditQuery },
    responses: { 200: { description: 'En sida av ändringsloggen', schema: ZAuditPage } },
  },
];
