import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZDeviationEffectView,
  ZId,
  ZInterventionHistory,
  ZQualitySummary,
  ZQualitySummaryQuery,
  ZReportingRateList,
  ZReportingRateQuery,
  ZReviewQueue,
  ZYear,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { getDeviationEffect } from '../services/deviation-effect-service.ts';
import { getInterventionHistory } from '../services/intervention-history-service.ts';
import { getQualitySummary } from '../services/quality-summary-service.ts';
import { getReportingRate, getReviewQueue } from '../services/review-queue-service.ts';

const ZIdParams = z.object({ id: ZId });
const ZQueueQuery = z.object({ fromYear: z.optional(ZYear) });

/**
 * The office's review: the queue of what waits, the reporting rate per quarter, an
 * intervention's history, and a deviation's effect before and after its decision. Mounted at
 * the API root, before /interventions.
 */
export function createReviewRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/review-queue',
    requireAuth,
    requireRole('OFFICE'),
    validate({ query: ZQueueQuery }),
    async (req, res) => {
      const { fromYear } = req.query as unknown as z.infer<typeof ZQueueQuery>;
      res.json(await getReviewQueue(prisma, currentUser(req), fromYear));
    },
  );

  router.get(
    '/reporting-rate',
    requireAuth,
    requireRole('OFFICE'),
    validate({ query: ZReportingRateQuery }),
    async (req, res) => {
      const { year } = req.query as unknown as z.infer<typeof ZReportingRateQuery>;
      res.json(await getReportingRate(prisma, currentUser(req), year));
    },
  );

  router.get(
    '/review/quality-summary',
    requireAuth,
    requireRole('OFFICE', 'BOARD'),
    validate({ query: ZQualitySummaryQuery }),
    async (req, res) => {
      const { period } = req.query as unknown as z.infer<typeof ZQualitySummaryQuery>;
      res.json(await getQualitySummary(prisma, currentUser(req), period));
    },
  );

  router.get(
    '/interventions/:id/history',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await getInterventionHistory(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.get(
    '/deviations/:id/effect',
    requireAuth,
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await getDeviationEffect(prisma, currentUser(req), req.params.id as string));
    },
  );

  return router;
}

const TAG = 'Granskning';

export const reviewRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/review/quality-summary',
    tag: TAG,
    summary: 'Tabell 5 kvalitetssäkring för en period: "i N av M insatser …" per fråga',
    roles: ['OFFICE', 'BOARD'],
    request: { query: ZQualitySummaryQuery },
    responses: { 200: { description: 'Sammanställningen', schema: ZQualitySummary } },
  },
  {
    method: 'get',
    path: '/review-queue',
    tag: TAG,
    summary:
      'Kansliets kö: inskickade rapporter, förväntade rapporter som saknas efter sista dag (från fromYear, annars förra året) och öppna avvikelser',
    roles: ['OFFICE'],
    request: { query: ZQueueQuery },
    responses: { 200: { description: 'Kön, äldst först', schema: ZReviewQueue } },
  },
  {
    method: 'get',
    path: '/reporting-rate',
    tag: TAG,
    summary:
      'Rapporteringsgrad per kvartal av ett år: förväntade, inkomna, i tid, försenade, saknas, ej förfallna',
    roles: ['OFFICE'],
    request: { query: ZReportingRateQuery },
    responses: { 200: { description: 'Årets fyra kvartal', schema: ZReportingRateList } },
  },
  {
    method: 'get',
    path: '/interventions/{id}/history',
    tag: TAG,
    summary:
      'Insatsens historik: varje rapportversion, beslut och kommentar, vem och när (ur ändringsloggen), nyaste först',
    roles: ['OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Historiken', schema: ZInterventionHistory } },
  },
  {
    method: 'get',
    path: '/deviations/{id}/effect',
    tag: TAG,
    summary:
      'En avvikelses effekt på budget, period eller deltagarantal: förhandsvisning före beslut (inget ändras), det som ändrades efter beviljande',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Effekten', schema: ZDeviationEffectView } },
  },
];
