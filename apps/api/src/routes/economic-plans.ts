import { Router } from 'express';
import {
  ZEconomicPlan,
  ZEconomicPlanAmountsInput,
  ZEconomicPlanList,
  ZEconomicPlanParams,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
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

  router.get(
    '/:year',
    requireRole(...READERS),
    validate({ params: ZEconomicPlanParams }),
    async (req, res) => {
      const { year } = req.params as unknown as { year: number };
      res.json(await getEconomicPlanForYear(prisma, currentUser(req), year));
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
      'Den nyaste planen som omfattar året: kolumner, rader (insatser, ansökningar), beräknat beslutsutrymme per kolumn och papperets tryckta rader',
    roles: [...READERS],
    request: { params: ZEconomicPlanParams },
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
