import { Router } from 'express';
import {
  ZOutcomeGrid,
  ZOutcomeGridParams,
  ZOutcomeGridSaveInput,
  ZRequisitionImportInput,
  ZRequisitionPreview,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  getOutcomeGrid,
  previewRequisitionList,
  saveOutcomeGrid,
} from '../services/outcome-grid-service.ts';

/** /api/outcome-grids/:period: the office's utfall grid, every intervention as a row. */
export function createOutcomeGridRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/:period',
    requireRole('OFFICE'),
    validate({ params: ZOutcomeGridParams }),
    async (req, res) => {
      res.json(await getOutcomeGrid(prisma, currentUser(req), req.params.period as string));
    },
  );

  router.put(
    '/:period',
    requireRole('OFFICE'),
    validate({ params: ZOutcomeGridParams, body: ZOutcomeGridSaveInput }),
    async (req, res) => {
      res.json(
        await saveOutcomeGrid(prisma, currentUser(req), req.params.period as string, req.body),
      );
    },
  );

  router.post(
    '/:period/requisitions/preview',
    requireRole('OFFICE'),
    validate({ params: ZOutcomeGridParams, body: ZRequisitionImportInput }),
    async (req, res) => {
      res.json(
        await previewRequisitionList(
          prisma,
          currentUser(req),
          req.params.period as string,
          req.body,
        ),
      );
    },
  );

  return router;
}

export const outcomeGridRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/outcome-grids/{period}',
    tag: 'Budget och utfall',
    summary:
      'Utfallsrutnät för ett kvartal eller halvår (kansliet): varje insats som pågår i perioden, med justerad budget och årets övriga utfall',
    roles: ['OFFICE'],
    request: { params: ZOutcomeGridParams },
    responses: { 200: { description: 'Rutnätet', schema: ZOutcomeGrid } },
  },
  {
    method: 'put',
    path: '/outcome-grids/{period}',
    tag: 'Budget och utfall',
    summary:
      'Spara ändrade rader i rutnätet som en helhet (kansliet); varje rad anger versionen den utgick från; 409 med ett fält per rad som ändrats av någon annan',
    roles: ['OFFICE'],
    request: { params: ZOutcomeGridParams, body: ZOutcomeGridSaveInput },
    responses: { 200: { description: 'Rutnätet efter sparningen', schema: ZOutcomeGrid } },
  },
  {
    method: 'post',
    path: '/outcome-grids/{period}/requisitions/preview',
    tag: 'Budget och utfall',
    summary:
      'Förhandsgranska en rekvisitionslista (CSV eller XLSX) mot rutnätet: utfall per insats och fel per rad; inget sparas (spara med PUT)',
    roles: ['OFFICE'],
    request: { params: ZOutcomeGridParams, body: ZRequisitionImportInput },
    responses: { 200: { description: 'Förhandsgranskningen', schema: ZRequisitionPreview } },
  },
];
