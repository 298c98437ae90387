import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZId,
  ZParticipantCountsInput,
  ZParticipantPeriod,
  ZParticipantPeriodList,
  ZPeriod,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  getParticipantPeriod,
  listParticipantPeriods,
  saveParticipantPeriod,
} from '../services/participant-service.ts';

const ZIdParams = z.object({ id: ZId });
const ZPeriodParams = z.object({ id: ZId, period: ZPeriod });

/** Deltagardata (individinsatser only): aggregate counts by K/M per period, never a person. */
export function createParticipantsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/interventions/:id/participants',
    requireAuth,
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await listParticipantPeriods(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.get(
    '/interventions/:id/participants/:period',
    requireAuth,
    validate({ params: ZPeriodParams }),
    async (req, res) => {
      const { id, period } = req.params as z.infer<typeof ZPeriodParams>;
      res.json(await getParticipantPeriod(prisma, currentUser(req), id, period));
    },
  );

  router.put(
    '/interventions/:id/participants/:period',
    requireAuth,
    validate({ params: ZPeriodParams, body: ZParticipantCountsInput }),
    async (req, res) => {
      const { id, period } = req.params as z.infer<typeof ZPeriodParams>;
      res.json(await saveParticipantPeriod(prisma, currentUser(req), id, period, req.body));
    },
  );

  return router;
}

const TAG = 'Deltagardata';

export const participantRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/interventions/{id}/participants',
    tag: TAG,
    summary: 'Alla perioder med deltagardata för en individinsats (antal per kön, aldrig personer)',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Perioderna, äldst först', schema: ZParticipantPeriodList } },
  },
  {
    method: 'get',
    path: '/interventions/{id}/participants/{period}',
    tag: TAG,
    summary:
      'Deltagardata för en period (månad 2024-05, kvartal 2024Q2, halvår 2024H1, år 2024); ett kvartal utan egna siffror summeras från sina månader',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZPeriodParams },
    responses: {
      200: { description: 'Periodens antal, version och varningar', schema: ZParticipantPeriod },
    },
  },
  {
    method: 'put',
    path: '/interventions/{id}/participants/{period}',
    tag: TAG,
    summary:
      'Ersätt periodens alla antal (K/M per mått och avslutsorsak); motsägelser ger 400, avvikande pågående sparas med varning',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZPeriodParams, body: ZParticipantCountsInput },
    responses: {
      200: {
        description: 'De sparade antalen med eventuella varningar',
        schema: ZParticipantPeriod,
      },
    },
  },
];
