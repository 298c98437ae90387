import { Router } from 'express';
import {
  ZInterventionCreateInput,
  ZInterventionDetail,
  ZInterventionList,
  ZInterventionListQuery,
  ZInterventionParams,
  ZInterventionUpdateInput,
} from '@finsam/domain';
import type { TInterventionListQuery } from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  createInterventionForUser,
  getInterventionDetail,
  listInterventionSummaries,
  updateInterventionForUser,
} from '../services/intervention-service.ts';

/** Everyone of the förbund who follows interventions; admin manages users only. */
const READERS = ['BOARD', 'LEAD', 'OFFICE'] as const;
/** The list (names and periods) also for the admin, who assigns leads to interventions. */
const LIST_READERS = [...READERS, 'ADMIN'] as const;

/** /api/interventions: list and facts for every reader, create and edit for the office. */
export function createInterventionsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/',
    requireRole(...LIST_READERS),
    validate({ query: ZInterventionListQuery }),
    async (req, res) => {
      res.json(
        await listInterventionSummaries(
          prisma,
          currentUser(req),
          req.query as TInterventionListQuery,
        ),
      );
    },
  );

  router.post(
    '/',
    requireRole('OFFICE'),
    validate({ body: ZInterventionCreateInput }),
    async (req, res) => {
      res.status(201).json(await createInterventionForUser(prisma, currentUser(req), req.body));
    },
  );

  router.get(
    '/:id',
    requireRole(...READERS),
    validate({ params: ZInterventionParams }),
    async (req, res) => {
      res.json(await getInterventionDetail(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.patch(
    '/:id',
    requireRole('OFFICE'),
    validate({ params: ZInterventionParams, body: ZInterventionUpdateInput }),
    async (req, res) => {
      res.json(
        await updateInterventionForUser(
          prisma,
          currentUser(req),
          req.params.id as string,
          req.body,
        ),
      );
    },
  );

  return router;
}

export const interventionsRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/interventions',
    tag: 'Insatser',
    summary:
      'Förbundets insatser i sammandrag; filter på år (perioden överlappar året), kommun (ägare: id eller nyckel), typ och status',
    roles: [...LIST_READERS],
    request: { query: ZInterventionListQuery },
    responses: {
      200: { description: 'Insatserna, sorterade på kortnamn', schema: ZInterventionList },
    },
  },
  {
    method: 'post',
    path: '/interventions',
    tag: 'Insatser',
    summary:
      'Skapa en insats (kansliet): namn, ägare, samverkansparter, period, mål, förväntat antal deltagare',
    roles: ['OFFICE'],
    request: { body: ZInterventionCreateInput },
    responses: { 201: { description: 'Insatsen skapades', schema: ZInterventionDetail } },
  },
  {
    method: 'get',
    path: '/interventions/{id}',
    tag: 'Insatser',
    summary:
      'En insats fakta: ägare, samverkansparter, period, mål, förväntat antal deltagare, beviljade belopp, föregångare',
    roles: [...READERS],
    request: { params: ZInterventionParams },
    responses: { 200: { description: 'Insatsen', schema: ZInterventionDetail } },
  },
  {
    method: 'patch',
    path: '/interventions/{id}',
    tag: 'Insatser',
    summary: 'Ändra en insats (kansliet); listor ersätts i sin helhet; kräver version',
    roles: ['OFFICE'],
    request: { params: ZInterventionParams, body: ZInterventionUpdateInput },
    responses: { 200: { description: 'Insatsen efter ändringen', schema: ZInterventionDetail } },
  },
];
