import { Router } from 'express';
import {
  ZPmFileParams,
  ZPmFileQuery,
  ZPmList,
  ZPmPeriodParams,
  ZPmPublication,
  ZPmPublishInput,
  ZPmTextsInput,
  ZPmVersionParams,
  ZPmView,
} from '@finsam/domain';
import type { TAppDependencies } from '../dependencies.ts';
import { NotFoundError } from '../http/errors.ts';
import { currentUser, requireRole } from '../http/session-middleware.ts';
import { validate } from '../http/validate.ts';
import type { TRouteDoc } from '../openapi/route-doc.ts';
import { pmRenderers, type TPmFileFormat } from '../pm-render/index.ts';
import {
  getPmDocumentForFile,
  getPmPublication,
  getPmView,
  listPublishedPms,
  publishPm,
  savePmTexts,
} from '../services/pm/pm-service.ts';

/** Board, office and leads read published PMs; the office alone edits and publishes. */
const READERS = ['BOARD', 'LEAD', 'OFFICE'] as const;

/** "Uppföljning av insatser Kvartal 1 och 2 2024 (version 2).pdf": the download's name. */
function fileName(subtitle: string, version: number | null, format: string): string {
  const suffix = version === null ? ' (utkast)' : ` (version ${version})`;
  return `Uppföljning av insatser ${subtitle}${suffix}.${format}`;
}

/** /api/pm: the half-year PM — live draft, edited texts, frozen publications and files. */
export function createPmRouter({ prisma }: TAppDependencies): Router {
  const router = Router();

  router.get('/', requireRole(...READERS), async (req, res) => {
    res.json(await listPublishedPms(prisma, currentUser(req)));
  });

  // Before '/:period': "2024H1.pdf" is a file, "2024H1" the document.
  router.get(
    '/:period.:format',
    requireRole(...READERS),
    validate({ params: ZPmFileParams, query: ZPmFileQuery }),
    async (req, res) => {
      const { period, format } = req.params as { period: string; format: string };
      const { version } = req.query as { version?: number };
      const renderer = pmRenderers[format as TPmFileFormat];
      if (!Object.hasOwn(pmRenderers, format) || !renderer)
        throw new NotFoundError(`PM:et finns inte som .${format}.`);
      const file = await getPmDocumentForFile(prisma, currentUser(req), period, version);
      const rendered = await renderer(file.document);
      res.attachment(fileName(file.document.subtitle, file.version, format));
      res.type(rendered.contentType).send(rendered.body);
    },
  );

  router.get(
    '/:period',
    requireRole(...READERS),
    validate({ params: ZPmPeriodParams }),
    async (req, res) => {
      res.json(await getPmView(prisma, currentUser(req), req.params.period as string));
    },
  );

  router.put(
    '/:period/texts',
    requireRole('OFFICE'),
    validate({ params: ZPmPeriodParams, body: ZPmTextsInput }),
    async (req, res) => {
      res.json(await savePmTexts(prisma, currentUser(req), req.params.period as string, req.body));
    },
  );

  router.post(
    '/:period/publish',
    requireRole('OFFICE'),
    validate({ params: ZPmPeriodParams, body: ZPmPublishInput }),
    async (req, res) => {
      res
        .status(201)
        .json(await publishPm(prisma, currentUser(req), req.params.period as string, req.body));
    },
  );

  router.get(
    '/:period/versions/:version',
    requireRole(...READERS),
    validate({ params: ZPmVersionParams }),
    async (req, res) => {
      const { period, version } = req.params as unknown as { period: string; version: number };
      res.json(await getPmPublication(prisma, currentUser(req), period, version));
    },
  );

  return router;
}

const TAG = 'PM';

export const pmRouteDocs: TRouteDoc[] = [
  {
    method: 'get',
    path: '/pm',
    tag: TAG,
    summary: 'Förbundets publicerade PM, nyaste halvår och version först',
    roles: [...READERS],
    responses: { 200: { description: 'Publicerade PM', schema: ZPmList } },
  },
  {
    method: 'get',
    path: '/pm/{period}',
    tag: TAG,
    summary:
      'Halvårets PM: kansliet får det levande utkastet ur dagens data med sparade texter; styrelsen och insatsansvariga den senast publicerade versionen (404 om inget är publicerat)',
    roles: [...READERS],
    request: { params: ZPmPeriodParams },
    responses: { 200: { description: 'PM:et', schema: ZPmView } },
  },
  {
    method: 'get',
    path: '/pm/{period}.{format}',
    tag: TAG,
    summary:
      'PM:et som fil (pdf, xlsx, docx): ?version=N en publicerad version, annars den senaste (kansliet: utkastet); ett format utan renderare ger 404',
    roles: [...READERS],
    request: { params: ZPmFileParams, query: ZPmFileQuery },
    responses: { 200: { description: 'Filen, med svenskt filnamn (Content-Disposition)' } },
  },
  {
    method: 'put',
    path: '/pm/{period}/texts',
    tag: TAG,
    summary:
      'Spara kansliets redigerade stycken per block-id (tom text återställer förifylld text); gammal version ger 409',
    roles: ['OFFICE'],
    request: { params: ZPmPeriodParams, body: ZPmTextsInput },
    responses: { 200: { description: 'PM:et med de sparade texterna', schema: ZPmView } },
  },
  {
    method: 'post',
    path: '/pm/{period}/publish',
    tag: TAG,
    summary:
      'Publicera PM:et (kansliet): dokumentet fryses som nästa version; senare dataändringar påverkar det inte',
    roles: ['OFFICE'],
    request: { params: ZPmPeriodParams, body: ZPmPublishInput },
    responses: { 201: { description: 'Den nya publiceringen', schema: ZPmPublication } },
  },
  {
    method: 'get',
    path: '/pm/{period}/versions/{version}',
    tag: TAG,
    summary: 'En publicerad version av halvårets PM, så som den publicerades',
    roles: [...READERS],
    request: { params: ZPmVersionParams },
    responses: { 200: { description: 'Publiceringen', schema: ZPmPublication } },
  },
];
