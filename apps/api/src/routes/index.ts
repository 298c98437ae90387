import { Router } from 'express';
import type { TAppDependencies } from '../dependencies.ts';
import { loadSession, requireCsrf } from '../http/session-middleware.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { authRouteDocs, createAuthRouter } from './auth.ts';
import { createHealthRouter, healthRouteDocs } from './health.ts';
import { createOpenApiRouter } from './openapi.ts';
import { auditRouteDocs, createAuditRouter } from './audit.ts';
import { budgetsRouteDocs, createBudgetsRouter } from './budgets.ts';
import { createEconomicPlansRouter, economicPlansRouteDocs } from './economic-plans.ts';
import { createInterventionsRouter, interventionsRouteDocs } from './interventions.ts';
import { createOutcomesRouter, outcomesRouteDocs } from './outcomes.ts';
import { createOutcomeGridRouter, outcomeGridRouteDocs } from './outcome-grid.ts';
import { createMemberFeesRouter, memberFeesRouteDocs } from './member-fees.ts';
import { createUsersRouter, usersRouteDocs } from './users.ts';
import { createDashboardsRouter, dashboardsRouteDocs } from './dashboards.ts';
import { createReportsRouter, reportRouteDocs } from './reports.ts';
import { createParticipantsRouter, participantRouteDocs } from './participants.ts';
import { createDeviationsRouter, deviationRouteDocs } from './deviations.ts';
import { createNotificationsRouter, notificationRouteDocs } from './notifications.ts';
import { createReviewRouter, reviewRouteDocs } from './review.ts';
import {
  createReportQuestionSetsRouter,
  reportQuestionSetRouteDocs,
} from './report-question-sets.ts';
import { createParticipantImportRouter, participantImportRouteDocs } from './participant-import.ts';
import { createPmRouter, pmRouteDocs } from './pm.ts';

/** Every route's documentation; a test checks each served route is listed here. */
export const routeDocs: TRouteDoc[] = [
  ...healthRouteDocs,
  ...authRouteDocs,
  ...interventionsRouteDocs,
  ...budgetsRouteDocs,
  ...outcomesRouteDocs,
  ...outcomeGridRouteDocs,
  ...memberFeesRouteDocs,
  ...economicPlansRouteDocs,
  ...usersRouteDocs,
  ...auditRouteDocs,
  ...dashboardsRouteDocs,
  ...reportRouteDocs,
  ...participantRouteDocs,
  ...deviationRouteDocs,
  ...notificationRouteDocs,
  ...reviewRouteDocs,
  ...reportQuestionSetRouteDocs,
  ...participantImportRouteDocs,
  ...pmRouteDocs,
];

/** Every API route, mounted under /api. */
export function createApiRouter(deps: TAppDependencies): Router {
  const router = Router();
  router.use('/health', createHealthRouter(deps));
  router.use(createOpenApiRouter(routeDocs));
  router.use(loadSession(deps.prisma, deps.production), requireCsrf);
  router.use('/auth', createAuthRouter(deps));
  // Before /interventions, so /interventions/:id/dashboard reaches the dashboards router.
  router.use(createDashboardsRouter(deps));
  // Also before /interventions: the reporting routes spell out /interventions/:id/… in full.
  router.use(createReportsRouter(deps));
  router.use(createParticipantImportRouter(deps));
  router.use(createParticipantsRouter(deps));
  router.use(createDeviationsRouter(deps));
  router.use(createNotificationsRouter(deps));
  router.use(createReviewRouter(deps));
  router.use('/interventions', createInterventionsRouter(deps));
  router.use(createBudgetsRouter(deps));
  router.use(createOutcomesRouter(deps));
  router.use('/outcome-grids', createOutcomeGridRouter(deps));
  router.use('/member-fees', createMemberFeesRouter(deps));
  router.use('/economic-plans', createEconomicPlansRouter(deps));
  router.use('/users', createUsersRouter(deps));
  router.use('/audit', createAuditRouter(deps));
  router.use('/report-question-sets', createReportQuestionSetsRouter(deps));
  router.use('/pm', createPmRouter(deps));
  return router;
}
