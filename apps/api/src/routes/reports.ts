import { Router } from 'express';
import { z } from 'zod/mini';
import {
  ZBulkApproveReportsInput,
  ZBulkApproveResult,
  ZCreateQuarterlyReportInput,
  ZReopenReportInput,
  ZId,
  ZPreviousQuarterlyReport,
  ZQuarterlyReport,
  ZQuarterlyReportList,
  ZReportTransitionInput,
  ZReturnQuarterlyReportInput,
  ZUpdateQuarterlyReportInput,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import {
  createReport,
  getPreviousReport,
  getReport,
  listReports,
  submitReport,
  updateReport,
} from '../services/quarterly-report-service.ts';
import {
  approveReport,
  approveReports,
  reopenReport,
  returnReport,
} from '../services/review-service.ts';

const ZIdParams = z.object({ id: ZId });

/**
 * Kvartalsrapporter: DRAFT → SUBMITTED → APPROVED, or RETURNED (with the office's comment) →
 * edited → SUBMITTED again; an APPROVED report is locked until the office reopens it (→ RETURNED,
 * with a reason). The state machine is REPORT_TRANSITIONS in the domain package. Mounted at the API root: the paths are spelled out in full.
 */
export function createReportsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get(
    '/interventions/:id/reports',
    requireAuth,
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await listReports(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.post(
    '/interventions/:id/reports',
    requireAuth,
    validate({ params: ZIdParams, body: ZCreateQuarterlyReportInput }),
    async (req, res) => {
      res
        .status(201)
        .json(await createReport(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.get('/reports/:id', requireAuth, validate({ params: ZIdParams }), async (req, res) => {
    res.json(await getReport(prisma, currentUser(req), req.params.id as string));
  });

  router.get(
    '/reports/:id/previous',
    requireAuth,
    validate({ params: ZIdParams }),
    async (req, res) => {
      res.json(await getPreviousReport(prisma, currentUser(req), req.params.id as string));
    },
  );

  router.patch(
    '/reports/:id',
    requireAuth,
    validate({ params: ZIdParams, body: ZUpdateQuarterlyReportInput }),
    async (req, res) => {
      res.json(await updateReport(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.post(
    '/reports/:id/submit',
    requireAuth,
    validate({ params: ZIdParams, body: ZReportTransitionInput }),
    async (req, res) => {
      res.json(await submitReport(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.post(
    '/reports/:id/approve',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZIdParams, body: ZReportTransitionInput }),
    async (req, res) => {
      res.json(await approveReport(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.post(
    '/reports/approve',
    requireAuth,
    requireRole('OFFICE'),
    validate({ body: ZBulkApproveReportsInput }),
    async (req, res) => {
      res.json(await approveReports(prisma, currentUser(req), req.body));
    },
  );

  router.post(
    '/reports/:id/reopen',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZIdParams, body: ZReopenReportInput }),
    async (req, res) => {
      res.json(await reopenReport(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  router.post(
    '/reports/:id/return',
    requireAuth,
    requireRole('OFFICE'),
    validate({ params: ZIdParams, body: ZReturnQuarterlyReportInput }),
    async (req, res) => {
      res.json(await returnReport(prisma, currentUser(req), req.params.id as string, req.body));
    },
  );

  return router;
}

const TAG = 'Kvartalsrapporter';

export const reportRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/interventions/{id}/reports',
    tag: TAG,
    summary: 'Insatsens kvartalsrapporter med status, sista inlämningsdag och om de är försenade',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Rapporterna, äldst först', schema: ZQuarterlyReportList } },
  },
  {
    method: 'post',
    path: '/interventions/{id}/reports',
    tag: TAG,
    summary:
      'Skapa ett utkast till kvartalsrapport för ett år och kvartal (409 om det redan finns)',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZIdParams, body: ZCreateQuarterlyReportInput },
    responses: { 201: { description: 'Utkastet', schema: ZQuarterlyReport } },
  },
  {
    method: 'get',
    path: '/reports/{id}',
    tag: TAG,
    summary: 'En kvartalsrapport med årets frågor och svaren hittills',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: { 200: { description: 'Rapporten', schema: ZQuarterlyReport } },
  },
  {
    method: 'get',
    path: '/reports/{id}/previous',
    tag: TAG,
    summary:
      'Insatsens närmast föregående kvartalsrapport (förra kvartalets svar som utgångspunkt), eller null',
    roles: ['BOARD', 'LEAD', 'OFFICE'],
    request: { params: ZIdParams },
    responses: {
      200: { description: 'Den föregående rapporten', schema: ZPreviousQuarterlyReport },
    },
  },
  {
    method: 'patch',
    path: '/reports/{id}',
    tag: TAG,
    summary:
      'Spara svar i ett utkast eller en återskickad rapport (även ofullständiga; null tar bort ett svar)',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZIdParams, body: ZUpdateQuarterlyReportInput },
    responses: { 200: { description: 'Den sparade rapporten', schema: ZQuarterlyReport } },
  },
  {
    method: 'post',
    path: '/reports/{id}/submit',
    tag: TAG,
    summary: 'Skicka in rapporten när alla frågor är besvarade (att skicka in igen ändrar inget)',
    roles: ['LEAD', 'OFFICE'],
    request: { params: ZIdParams, body: ZReportTransitionInput },
    responses: { 200: { description: 'Den inskickade rapporten', schema: ZQuarterlyReport } },
  },
  {
    method: 'post',
    path: '/reports/{id}/approve',
    tag: TAG,
    summary: 'Godkänn en inskickad rapport (kansliet)',
    roles: ['OFFICE'],
    request: { params: ZIdParams, body: ZReportTransitionInput },
    responses: { 200: { description: 'Den godkända rapporten', schema: ZQuarterlyReport } },
  },
  {
    method: 'post',
    path: '/reports/{id}/return',
    tag: TAG,
    summary: 'Skicka tillbaka en inskickad rapport för komplettering, med kansliets kommentar',
    roles: ['OFFICE'],
    request: { params: ZIdParams, body: ZReturnQuarterlyReportInput },
    responses: { 200: { description: 'Den återskickade rapporten', schema: ZQuarterlyReport } },
  },
  {
    method: 'post',
    path: '/reports/approve',
    tag: TAG,
    summary:
      'Godkänn flera inskickade rapporter på en gång (kansliet): var och en för sig med sin version; resultat per rapport (200, eller 409 om den ändrats under tiden, 404), inte allt-eller-inget',
    roles: ['OFFICE'],
    request: { body: ZBulkApproveReportsInput },
    responses: { 200: { description: 'Resultatet per rapport', schema: ZBulkApproveResult } },
  },
  {
    method: 'post',
    path: '/reports/{id}/reopen',
    tag: TAG,
    summary:
      'Öppna en godkänd (låst) rapport igen med ett skäl (kansliet): den blir återskickad till insatsen, och öppnandet syns i historiken',
    roles: ['OFFICE'],
    request: { params: ZIdParams, body: ZReopenReportInput },
    responses: { 200: { description: 'Den återöppnade rapporten', schema: ZQuarterlyReport } },
  },
];
