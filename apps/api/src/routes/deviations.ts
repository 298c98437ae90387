import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZCreateDeviationInput,
  ZDeviation,
  ZDeviationDecisionInput,
  ZDeviationList,
  ZId,
  ZReviewDeviationInput,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  createDeviation,
  decideDeviation,
  getDeviation,
  listDeviations,
  reviewDeviation,
} from '../services/deviation-service.ts';

const ZIdParams = z.object({ id: ZId });

/**
 * Avvikelser: inskickad → under granskning → beviljad / avslagen. A beviljad decision changes the
 * budget or period it names in the same transaction. Mounted at the API root.
 */
export function createDeviationsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/interventions/:id/deviations',
    requireAuth,
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await listDeviations(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.post(
    '/interventions/:id/deviations',
    requireAuth,
    validate({ params: ZIdParams, body: ZCreateDeviationInput }),
    async (req, res) => {
      res
        .status(201)
        .json(await createDeviation(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.get('/deviations/:id', requireAuth, validate({ params: ZIdParams }), async (req, res) => {
    res.json(await getDeviation(prisma, currentUser(req), req.params.id as string));
  });

  router.post(
    '/deviations/:id/review',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZIdParams, body: ZReviewDeviationInput }),
    async (req, res) => {
      res.json(await reviewDeviation(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.post(
    '/deviations/:id/decision',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZIdParams, body: ZDeviationDecisionInput }),
    async (req, res) => {
      res.json(await decideDeviation(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  return router;
}

const TAG = 'Avvikelser';

export const deviationRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/interventions/{id}/deviations',
    tag: TAG,
    summary: 'Insatsens avvikelser, senaste först',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Avvikelserna', schema: ZDeviationList } },
  },
  {
    method: 'post',
    path: '/interventions/{id}/deviations',
    tag: TAG,
    summary:
      'Rapportera en avvikelse: sort, beskrivning och begärd effekt (belopp och år, nya datum eller nytt förväntat antal deltagare)',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZIdParams, body: ZCreateDeviationInput },
    responses: { 201: { description: 'Den inskickade avvikelsen', schema: ZDeviation } },
  },
  {
    method: 'get',
    path: '/deviations/{id}',
    tag: TAG,
    summary:
      'En avvikelse med historik (vem, när, status, kommentar) och de budgetändringar beslutet gjort',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Avvikelsen', schema: ZDeviation } },
  },
  {
    method: 'post',
    path: '/deviations/{id}/review',
    tag: TAG,
    summary: 'Kansliet tar upp en inskickad avvikelse för granskning',
    roles: ['OFFICE'],
    request: { params: ZIdParams, body: ZReviewDeviationInput },
    responses: { 200: { description: 'Avvikelsen under granskning', schema: ZDeviation } },
  },
  {
    method: 'post',
    path: '/deviations/{id}/decision',
    tag: TAG,
    summary:
      'Besluta: beviljad (effekten genomförs i samma transaktion) eller avslagen (med skäl). Överföring av outnyttjade medel beslutas av förbundschefen (kansliet).',
    roles: ['OFFICE'],
    request: { params: ZIdParams, body: ZDeviationDecisionInput },
    responses: { 200: { description: 'Den beslutade avvikelsen', schema: ZDeviation } },
  },
];
