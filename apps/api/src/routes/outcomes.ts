import { Router } from 'express';
import {
  ZInterventionParams,
  ZOutcome,
  ZOutcomeCreateInput,
  ZOutcomeList,
  ZOutcomeParams,
  ZOutcomeUpdateInput,
  ZVersionQuery,
} from '@finsam/domain';
import type { TVersionQuery } from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  createInterventionOutcome,
  deleteOutcome,
  listInterventionOutcomes,
  updateOutcome,
} from '../services/outcome-service.ts';

const READERS = ['BOARD', 'LEAD', 'OFFICE'] as const;

/** Utfall per intervention and period (from requisitions). Mounted at the API root. */
export function createOutcomesRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/interventions/:id/outcomes',
    requireRole(...READERS),
    validate({ params: ZInterventionParams }),
    async (req, res) => {
      res.json(await listInterventionOutcomes(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.post(
    '/interventions/:id/outcomes',
    requireRole('OFFICE'),
    validate({ params: ZInterventionParams, body: ZOutcomeCreateInput }),
    async (req, res) => {
      res
        .status(201)
        .json(
          await createInterventionOutcome(
            prisma,
            currentUser(req),
            req.params.id as string,
            req.body,
          ),
        );
    },
  );

  router.patch(
    '/outcomes/:id',
    requireRole('OFFICE'),
    validate({ params: ZOutcomeParams, body: ZOutcomeUpdateInput }),
    async (req, res) => {
      res.json(await updateOutcome(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.delete(
    '/outcomes/:id',
    requireRole('OFFICE'),
    validate({ params: ZOutcomeParams, query: ZVersionQuery }),
    async (req, res) => {
      const { version } = req.query as unknown as TVersionQuery;
      await deleteOutcome(prisma, currentUser(req), req.params.id as string, version);
      res.status(204).end();
    },
  );

  return router;
}

export const outcomesRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/interventions/{id}/outcomes',
    tag: 'Budget och utfall',
    summary: 'Insatsens utfall per period, med markering för beräknade belopp',
    roles: [...READERS],
    request: { params: ZInterventionParams },
    responses: { 200: { description: 'Utfall, äldsta perioden först', schema: ZOutcomeList } },
  },
  {
    method: 'post',
    path: '/interventions/{id}/outcomes',
    tag: 'Budget och utfall',
    summary: 'Registrera utfall för en period (kansliet); samma period två gånger ger 409',
    roles: ['OFFICE'],
    request: { params: ZInterventionParams, body: ZOutcomeCreateInput },
    responses: { 201: { description: 'Utfallet registrerades', schema: ZOutcome } },
  },
  {
    method: 'patch',
    path: '/outcomes/{id}',
    tag: 'Budget och utfall',
    summary: 'Ändra ett utfall (kansliet); kräver version',
    roles: ['OFFICE'],
    request: { params: ZOutcomeParams, body: ZOutcomeUpdateInput },
    responses: { 200: { description: 'Utfallet efter ändringen', schema: ZOutcome } },
  },
  {
    method: 'delete',
    path: '/outcomes/{id}',
    tag: 'Budget och utfall',
    summary: 'Ta bort ett utfall (kansliet); kräver ?version=',
    roles: ['OFFICE'],
    request: { params: ZOutcomeParams, query: ZVersionQuery },
    responses: { 204: { description: 'Utfallet togs bort' } },
  },
];
