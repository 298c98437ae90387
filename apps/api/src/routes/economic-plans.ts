import { Router } from 'express';
import {
  ZEconomicPlan,
  ZEconomicPlanAmountsInput,
  ZEconomicPlanAsOfQuery,
  ZEconomicPlanCreateInput,
  ZEconomicPlanIdParams,
  ZEconomicPlanList,
  ZEconomicPlanParams,
} from '@finsam/domain';
import type { TEconomicPlanAsOfQuery } from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  createEconomicPlanFromLatest,
  getEconomicPlanById,
  getEconomicPlanForYear,
  listEconomicPlans,
  updateEconomicPlanAmounts,
} from '../services/economic-plan-service.ts';

/** The economic plan is förbund-wide money: every role but admin reads it. */
const READERS = ['BOARD', 'LEAD', 'OFFICE'] as const;

/** /api/economic-plans: the multi-year plans ("Ekonomisk information per …") and beslutsutrymme. */
export function createEconomicPlansRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get('/', requireRole(...READERS), async (req, res) => {
    res.json(await listEconomicPlans(prisma, currentUser(req)));
  });

  router.post(
    '/',
    requireRole('OFFICE'),
    validate({ body: ZEconomicPlanCreateInput }),
    async (req, res) => {
      res.status(201).json(await createEconomicPlanFromLatest(prisma, currentUser(req), req.body));
    },
  );

  router.get(
    '/by-id/:id',
    requireRole(...READERS),
    validate({ params: ZEconomicPlanIdParams }),
    async (req, res) => {
      res.json(await getEconomicPlanById(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.get(
    '/:year',
    requireRole(...READERS),
    validate({ params: ZEconomicPlanParams, query: ZEconomicPlanAsOfQuery }),
    async (req, res) => {
      const { year } = req.params as unknown as { year: number };
      const { asOf } = req.query as TEconomicPlanAsOfQuery;
      res.json(await getEconomicPlanForYear(prisma, currentUser(req), year, asOf));
    },
  );

  router.put(
    '/:year',
    requireRole('OFFICE'),
    validate({ params: ZEconomicPlanParams, body: ZEconomicPlanAmountsInput }),
    async (req, res) => {
      const { year } = req.params as unknown as { year: number };
      res.json(await updateEconomicPlanAmounts(prisma, currentUser(req), year, req.body));
    },
  );

  return router;
}

export const economicPlansRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/economic-plans',
    tag: 'Ekonomisk plan',
    summary: 'Förbundets flerårsplaner (Ekonomisk information per …), nyaste först',
    roles: [...READERS],
    responses: { 200: { description: 'Planerna', schema: ZEconomicPlanList } },
  },
  {
    method: 'get',
    path: '/economic-plans/{year}',
    tag: 'Ekonomisk plan',
    summary:
      'Den nyaste planen som omfattar året (med ?asOf=ÅÅÅÅ-MM-DD: planen som den stod den dagen): kolumner, rader (insatser, ansökningar), beräknat beslutsutrymme per kolumn och papperets tryckta rader',
    roles: [...READERS],
    request: { params: ZEconomicPlanParams, query: ZEconomicPlanAsOfQuery },
    responses: { 200: { description: 'Planen med beslutsutrymme', schema: ZEconomicPlan } },
  },
  {
    method: 'post',
    path: '/economic-plans',
    tag: 'Ekonomisk plan',
    summary:
      'Spara en ny plan som utgår från den senaste (kansliet): ändrade belopp och nya rader; den tidigare planen sparas oförändrad med sitt datum; 409 om en nyare plan har sparats',
    roles: ['OFFICE'],
    request: { body: ZEconomicPlanCreateInput },
    responses: { 201: { description: 'Den nya planen', schema: ZEconomicPlan } },
  },
  {
    method: 'get',
    path: '/economic-plans/by-id/{id}',
    tag: 'Ekonomisk plan',
    summary: 'En sparad plan som den stod på sitt datum',
    roles: [...READERS],
    request: { params: ZEconomicPlanIdParams },
    responses: { 200: { description: 'Planen med beslutsutrymme', schema: ZEconomicPlan } },
  },
  {
    method: 'put',
    path: '/economic-plans/{year}',
    tag: 'Ekonomisk plan',
    summary:
      'Ändra belopp i planen som omfattar året (kansliet); null tömmer en cell; kräver version',
    roles: ['OFFICE'],
    request: { params: ZEconomicPlanParams, body: ZEconomicPlanAmountsInput },
    responses: { 200: { description: 'Planen efter ändringen', schema: ZEconomicPlan } },
  },
];
