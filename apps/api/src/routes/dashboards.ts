import { Router } from 'express';
import type { Request, Response } from 'express';
import {
  ZDashboardIntervention,
  ZDashboardInterventionParams,
  ZDashboardMemberParams,
  ZDashboardMunicipality,
  ZDashboardMunicipalityList,
  ZDashboardOverview,
  ZDashboardQuery,
} from '@finsam/domain';
import type { TDashboardQuery } from '@finsam/domain';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import type { TAppDependencies } from '../dependencies.ts';
import { currentUser, requireAuth, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import {
  getMunicipalityDashboardAnswer,
  getOverviewDashboardAnswer,
  listMunicipalities,
} from '../services/dashboard-service.ts';
import type { TStoredAnswer } from '../services/dashboard-service.ts';
import { getInterventionDashboard } from '../services/intervention-dashboard-service.ts';

/** Whether the client takes gzip (every browser does) at least as gladly as no encoding. */
const acceptsGzip = (req: Request) => req.acceptsEncodings('gzip', 'identity') === 'gzip';

/**
 * A dashboard as computed or cached (decisions 019 and 024): the JSON text, which the compression
 * middleware compresses as it would res.json's, or the stored gzip bytes, sent as they are (the
 * middleware leaves a response that already has its Content-Encoding alone).
 */
function sendAnswer(res: Response, answer: TStoredAnswer) {
  res.type('json');
  if ('json' in answer) return void res.send(answer.json);
  res.vary('Accept-Encoding');
  res.set('Content-Encoding', 'gzip');
  res.send(answer.gzip);
}

/** Every role of the förbund reads the dashboards; admin manages users only (DOMAIN.md §6). */
const READERS = ['BOARD', 'LEAD', 'OFFICE'] as const;

/** The board's dashboards (översikt, kommun, insats). Mounted at the root of the API router. */
export function createDashboardsRouter({ prisma }: TAppDependencies): Router {
  const router = Router();
  const readers = [requireAuth, requireRole(...READERS)];

  router.get('/dashboard', ...readers, validate({ query: ZDashboardQuery }), async (req, res) => {
    const { period } = req.query as TDashboardQuery;
    const user = currentUser(req);
    sendAnswer(res, await getOverviewDashboardAnswer(prisma, user, period, acceptsGzip(req)));
  });

  router.get('/municipalities', ...readers, async (req, res) => {
    res.json(await listMunicipalities(prisma, currentUser(req)));
  });

  router.get(
    '/municipalities/:id/dashboard',
    ...readers,
    validate({ params: ZDashboardMemberParams, query: ZDashboardQuery }),
    async (req, res) => {
      const { period } = req.query as TDashboardQuery;
      const [user, id] = [currentUser(req), String(req.params.id)];
      sendAnswer(
        res,
        await getMunicipalityDashboardAnswer(prisma, user, id, period, acceptsGzip(req)),
      );
    },
  );

  router.get(
    '/interventions/:id/dashboard',
    ...readers,
    validate({ params: ZDashboardInterventionParams, query: ZDashboardQuery }),
    async (req, res) => {
      const { period } = req.query as TDashboardQuery;
      res.json(
        await getInterventionDashboard(prisma, currentUser(req), String(req.params.id), period),
      );
    },
  );

  return router;
}

const PERIOD_NOTE =
  'Period: år (2024), halvår (2024H1), kvartal (2024Q3) eller månad; utan period visas den senaste perioden med data. ' +
  'Belopp i hela kronor, kvoter och andelar som ofördelade bråk (0,72…); null betyder att uppgift saknas.';

export const dashboardsRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/dashboard',
    tag: 'Översikt',
    summary:
      'Förbundets översikt för en period: mål och måluppfyllelse, förbrukningskvot per insats och totalt, ' +
      'insatser per slag och målstatus (Ja grön, I stort sett/Delvis gul, Nej röd), deltagare och utfall per kön, ' +
      'beslutsutrymme och trend. ' +
      PERIOD_NOTE,
    roles: [...READERS],
    request: { query: ZDashboardQuery },
    responses: { 200: { description: 'Översikten', schema: ZDashboardOverview } },
  },
  {
    method: 'get',
    path: '/municipalities',
    tag: 'Översikt',
    summary:
      'Förbundets medlemmar (kommuner, region, AF, FK) med antal insatser de äger, för navigering',
    roles: [...READERS],
    responses: { 200: { description: 'Medlemmarna', schema: ZDashboardMunicipalityList } },
  },
  {
    method: 'get',
    path: '/municipalities/{id}/dashboard',
    tag: 'Översikt',
    summary:
      'En medlems insatser (id eller nyckel, t.ex. knivsta): pengar, deltagare och utfall för perioden och ' +
      'utvecklingen över tidigare perioder av samma slag. En annan förbunds medlem ger 404. ' +
      PERIOD_NOTE,
    roles: [...READERS],
    request: { params: ZDashboardMemberParams, query: ZDashboardQuery },
    responses: { 200: { description: 'Kommunens översikt', schema: ZDashboardMunicipality } },
  },
  {
    method: 'get',
    path: '/interventions/{id}/dashboard',
    tag: 'Översikt',
    summary:
      'En insats (id eller nyckel): fakta, målstatus kvartal för kvartal, budget och utfall över tid, deltagare per kön, ' +
      'kvartalsrapporternas svar och avvikelser med beslut. Insatsansvarig får bara se sina egna insatser här ' +
      '(403 för andra insatser, eftersom sidan visar rapportsvar och avvikelser); en annan förbunds insats ger 404. ' +
      PERIOD_NOTE,
    roles: [...READERS],
    request: { params: ZDashboardInterventionParams, query: ZDashboardQuery },
    responses: { 200: { description: 'Insatsens översikt', schema: ZDashboardIntervention } },
  },
];
