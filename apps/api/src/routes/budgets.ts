import { Router } from 'express';
import {
  ZAnnualBudget,
  ZAnnualBudgetList,
  ZAnnualBudgetPutInput,
  ZBudgetAdjustmentCreateInput,
  ZBudgetYearParams,
  ZInterventionParams,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  addBudgetAdjustment,
  getInterventionBudget,
  listInterventionBudgets,
  putInterventionBudget,
} from '../services/budget-service.ts';

const READERS = ['BOARD', 'LEAD', 'OFFICE'] as const;

/** An intervention's budgets per year: original, dated adjustments, adjusted. Mounted at the API root. */
export function createBudgetsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/interventions/:id/budgets',
    requireRole(...READERS),
    validate({ params: ZInterventionParams }, async ({ params }, req, res) => {
      res.json(await listInterventionBudgets(prisma, currentUser(req), params.id));
    }),
  );

  router.get(
    '/interventions/:id/budgets/:year',
    requireRole(...READERS),
    validate({ params: ZBudgetYearParams }, async ({ params }, req, res) => {
      res.json(await getInterventionBudget(prisma, currentUser(req), params.id, params.year));
    }),
  );

  router.put(
    '/interventions/:id/budgets/:year',
    requireRole('OFFICE'),
    validate(
      { params: ZBudgetYearParams, body: ZAnnualBudgetPutInput },
      async ({ params, body }, req, res) => {
        const user = currentUser(req);
        const result = await putInterventionBudget(prisma, user, params.id, params.year, body);
        res.status(result.created ? 201 : 200).json(result.budget);
      },
    ),
  );

  router.post(
    '/interventions/:id/budgets/:year/adjustments',
    requireRole('OFFICE'),
    validate(
      { params: ZBudgetYearParams, body: ZBudgetAdjustmentCreateInput },
      async ({ params, body }, req, res) => {
        const user = currentUser(req);
        res.status(201).json(await addBudgetAdjustment(prisma, user, params.id, params.year, body));
      },
    ),
  );

  return router;
}

export const budgetsRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/interventions/{id}/budgets',
    tag: 'Budget och utfall',
    summary: 'Insatsens budget per år: antagen budget, daterade ändringar och justerad budget',
    roles: [...READERS],
    request: { params: ZInterventionParams },
    responses: { 200: { description: 'Budgetar, äldsta året först', schema: ZAnnualBudgetList } },
  },
  {
    method: 'get',
    path: '/interventions/{id}/budgets/{year}',
    tag: 'Budget och utfall',
    summary: 'Insatsens budget för ett år',
    roles: [...READERS],
    request: { params: ZBudgetYearParams },
    responses: { 200: { description: 'Årets budget', schema: ZAnnualBudget } },
  },
  {
    method: 'put',
    path: '/interventions/{id}/budgets/{year}',
    tag: 'Budget och utfall',
    summary:
      'Sätt årets antagna budget (kansliet); skapar året om det saknas, annars krävs version',
    roles: ['OFFICE'],
    request: { params: ZBudgetYearParams, body: ZAnnualBudgetPutInput },
    responses: {
      200: { description: 'Budgeten ändrades', schema: ZAnnualBudget },
      201: { description: 'Budgeten skapades', schema: ZAnnualBudget },
    },
  },
  {
    method: 'post',
    path: '/interventions/{id}/budgets/{year}/adjustments',
    tag: 'Budget och utfall',
    summary:
      'Lägg till en daterad ändring av årets budget (överföring, tilläggsbeslut, avvikelse, övrigt) (kansliet)',
    roles: ['OFFICE'],
    request: { params: ZBudgetYearParams, body: ZBudgetAdjustmentCreateInput },
    responses: { 201: { description: 'Budgeten med den nya ändringen', schema: ZAnnualBudget } },
  },
];
