import { Router } from 'express';
import { ZMemberFeeCreateInput, ZMemberFeeParams, ZMemberFeeYear } from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { createMemberFeeYearForUser, getMemberFeeYear } from '../services/member-fee-service.ts';

const READERS = ['BOARD', 'OFFICE'] as const;

/** /api/member-fees/:year: medlemsavgifter per member, split from the total by population. */
export function createMemberFeesRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/:year',
    requireRole(...READERS),
    validate({ params: ZMemberFeeParams }),
    async (req, res) => {
      const { year } = req.params as unknown as { year: number };
      res.json(await getMemberFeeYear(prisma, currentUser(req), year));
    },
  );

  router.post(
    '/:year',
    requireRole('OFFICE'),
    validate({ params: ZMemberFeeParams, body: ZMemberFeeCreateInput }),
    async (req, res) => {
      const { year } = req.params as unknown as { year: number };
      res
        .status(201)
        .json(await createMemberFeeYearForUser(prisma, currentUser(req), year, req.body));
    },
  );

  return router;
}

export const memberFeesRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/member-fees/{year}',
    tag: 'Ekonomisk plan',
    summary:
      'Medlemmarna med senast kända folkmängd och, om året är beslutat, varje medlems avgift',
    roles: [...READERS],
    request: { params: ZMemberFeeParams },
    responses: { 200: { description: 'Årets medlemsavgifter', schema: ZMemberFeeYear } },
  },
  {
    method: 'post',
    path: '/member-fees/{year}',
    tag: 'Ekonomisk plan',
    summary:
      'Besluta årets medlemsavgifter (kansliet): staten 50 %, regionen 25 %, kommunerna 25 % efter folkmängd, varje medlem avrundad för sig; ett beslutat år ger 409',
    roles: ['OFFICE'],
    request: { params: ZMemberFeeParams, body: ZMemberFeeCreateInput },
    responses: { 201: { description: 'Avgifterna sparades', schema: ZMemberFeeYear } },
  },
];
