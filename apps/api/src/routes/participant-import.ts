import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZId,
  ZParticipantImportInput,
  ZParticipantImportPreview,
  ZParticipantImportResult,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  previewParticipantImport,
  saveParticipantImport,
} from '../services/participant-import-service.ts';

const ZIdParams = z.object({ id: ZId });

/** Deltagardata from a spreadsheet (the monthly "uppföljningsfil"): preview, then save. */
export function createParticipantImportRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.post(
    '/interventions/:id/participants/import/preview',
    requireAuth,
    validate({ params: ZIdParams, body: ZParticipantImportInput }),
    async (req, res) => {
      res.json(
        await previewParticipantImport(prisma, currentUser(req), req.params.id as string, req.body),
      );
    },
  );

  router.post(
    '/interventions/:id/participants/import',
    requireAuth,
    validate({ params: ZIdParams, body: ZParticipantImportInput }),
    async (req, res) => {
      res.json(
        await saveParticipantImport(prisma, currentUser(req), req.params.id as string, req.body),
      );
    },
  );

  return router;
}

const TAG = 'Deltagardata';

export const participantImportRouteDocs: TRouteDoc[] = [
  {
    method: 'post',
    path: '/interventions/{id}/participants/import/preview',
    tag: TAG,
    summary:
      'Förhandsgranska en CSV- eller Excel-fil med månadens antal (Månad, Mått, Kvinnor, Män): fel per rad, inget sparas',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZIdParams, body: ZParticipantImportInput },
    responses: { 200: { description: 'Månaderna och felen', schema: ZParticipantImportPreview } },
  },
  {
    method: 'post',
    path: '/interventions/{id}/participants/import',
    tag: TAG,
    summary:
      'Spara filens månader i en transaktion, bara om filen saknar fel (400 annars, 409 om en månad ändrats sedan förhandsgranskningen)',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZIdParams, body: ZParticipantImportInput },
    responses: { 200: { description: 'De sparade månaderna', schema: ZParticipantImportResult } },
  },
];
