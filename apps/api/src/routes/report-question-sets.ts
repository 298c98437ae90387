import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZCopyReportQuestionSetInput,
  ZReportQuestionSet,
  ZReportQuestionSetList,
  ZSaveReportQuestionSetInput,
  ZYear,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  copyReportQuestionSet,
  getReportQuestionSet,
  listReportQuestionSets,
  saveReportQuestionSet,
} from '../services/question-set-service.ts';

const ZYearParams = z.object({ year: ZYear });

/** Kvartalsrapportens frågor: data per förbund and year (Tabell 2, 3 and 5 of the PM). */
export function createReportQuestionSetsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get('/', requireAuth, async (req, res) => {
    res.json(await listReportQuestionSets(prisma, currentUser(req)));
  });

  router.get('/:year', requireAuth, validate({ params: ZYearParams }), async (req, res) => {
    const { year } = req.params as unknown as z.infer<typeof ZYearParams>;
    res.json(await getReportQuestionSet(prisma, currentUser(req), Number(year)));
  });

  router.put(
    '/:year',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZYearParams, body: ZSaveReportQuestionSetInput }),
    async (req, res) => {
      const { year } = req.params as unknown as z.infer<typeof ZYearParams>;
      res.json(await saveReportQuestionSet(prisma, currentUser(req), Number(year), req.body));
    },
  );

  router.post(
    '/:year/copy',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZYearParams, body: ZCopyReportQuestionSetInput }),
    async (req, res) => {
      const { year } = req.params as unknown as z.infer<typeof ZYearParams>;
      res
        .status(201)
        .json(await copyReportQuestionSet(prisma, currentUser(req), Number(year), req.body));
    },
  );

  return router;
}

const TAG = 'Kvartalsrapporter';

export const reportQuestionSetRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/report-question-sets',
    tag: TAG,
    summary: 'De år som har egna frågor för kvartalsrapporten',
    roles: ['BOARD', 'LEAD', 'OFFICE', 'ADMIN'],
    responses: { 200: { description: 'Åren, äldst först', schema: ZReportQuestionSetList } },
  },
  {
    method: 'get',
    path: '/report-question-sets/{year}',
    tag: TAG,
    summary: 'Ett års frågor: text, svarsalternativ, när fritext krävs, vilka insatstyper',
    roles: ['BOARD', 'LEAD', 'OFFICE', 'ADMIN'],
    request: { params: ZYearParams },
    responses: { 200: { description: 'Frågorna', schema: ZReportQuestionSet } },
  },
  {
    method: 'put',
    path: '/report-question-sets/{year}',
    tag: TAG,
    summary: 'Ersätt ett års frågor (version 0 skapar; 409 när årets rapporter redan skickats in)',
    roles: ['OFFICE'],
    request: { params: ZYearParams, body: ZSaveReportQuestionSetInput },
    responses: { 200: { description: 'Frågorna', schema: ZReportQuestionSet } },
  },
  {
    method: 'post',
    path: '/report-question-sets/{year}/copy',
    tag: TAG,
    summary: 'Börja ett års frågor som en kopia av ett annat års (oftast nästa år från i år)',
    roles: ['OFFICE'],
    request: { params: ZYearParams, body: ZCopyReportQuestionSetInput },
    responses: { 201: { description: 'De kopierade frågorna', schema: ZReportQuestionSet } },
  },
];
