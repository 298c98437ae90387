import type { Prisma, TPrismaClient } from '@finsam/db';
import type {
  TPmDocument,
  TPmList,
  TPmPublication,
  TPmPublicationSummary,
  TPmPublishInput,
  TPmTextsInput,
  TPmView,
  TSessionUser,
} from '@finsam/domain';
import { formatPeriod } from '@finsam/domain';
import { ConflictError, ForbiddenError, NotFoundError } from '../../http/errors.ts';
import { recordAudit } from '../../repositories/audit-repository.ts';
import {
  createPmPublication,
  createPmText,
  findPmPublication,
  findPmText,
  listPmPublications,
  updatePmText,
} from '../../repositories/pm-repository.ts';
import { inTransaction, isUniqueViolation } from '../../repositories/transaction.ts';
import type { TDbClient } from '../../repositories/transaction.ts';
import { mayEditPm, mayReadPublishedPm } from '../access-service.ts';
import { buildLivePmDocument } from './pm-document-service.ts';

type TPublicationRow = Awaited<ReturnType<typeof listPmPublications>>[number];

function toPublication(row: TPublicationRow): TPmPublication {
  return {
    id: row.id,
    period: row.period,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    document: row.document as unknown as TPmDocument,
  };
}

function toSummary(row: TPublicationRow): TPmPublicationSummary {
  const { document, ...rest } = toPublication(row);
  return { ...rest, title: document.title, subtitle: document.subtitle };
}

const notPublished = (period: string) =>
  new NotFoundError(`Inget publicerat PM för ${formatPeriod(period)}.`);

function assertReader(user: TSessionUser) {
  if (!mayReadPublishedPm(user)) throw new ForbiddenError();
}

function assertEditor(user: TSessionUser) {
  if (!mayEditPm(user)) throw new ForbiddenError('Bara kansliet redigerar och publicerar PM.');
}

async function storedTexts(db: TDbClient, federationId: string, period: string) {
  const row = await findPmText(db, federationId, period);
  return {
    texts: (row?.texts ?? {}) as Record<string, string>,
    version: row?.version ?? 0,
    id: row?.id ?? null,
  };
}

/** GET /api/pm: the förbund's published PMs, newest period and version first. */
export async function listPublishedPms(
  prisma: TPrismaClient,
  user: TSessionUser,
): Promise<TPmList> {
  assertReader(user);
  const rows = await listPmPublications(prisma, user.federationId);
  return { publications: rows.map(toSummary) };
}

/**
 * GET /api/pm/:period. The office: the live document (data now, stored texts over it), the
 * texts' version and the publications. Board and leads: the newest publication's document
 * (frozen), or 404 "Inget publicerat PM för …".
 */
export async function getPmView(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
): Promise<TPmView> {
  assertReader(user);
  const rows = await listPmPublications(prisma, user.federationId, period);
  const publications = rows.map(toSummary);
  if (!mayEditPm(user)) {
    if (rows.length === 0) throw notPublished(period);
    return { document: toPublication(rows[0]!).document, textsVersion: 0, publications };
  }
  const { texts, version } = await storedTexts(prisma, user.federationId, period);
  const document = await buildLivePmDocument(prisma, user, period, texts);
  return { document, textsVersion: version, publications };
}

/** GET /api/pm/:period/versions/:version: one publication as it was published. */
export async function getPmPublication(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  version: number,
): Promise<TPmPublication> {
  assertReader(user);
  const row = await findPmPublication(prisma, user.federationId, period, version);
  if (!row)
    throw new NotFoundError(`PM för ${formatPeriod(period)} finns inte i version ${version}.`);
  return toPublication(row);
}

/**
 * The document a file download renders: `?version=N` that publication; else the newest
 * publication — or, for the office, the live draft.
 */
export async function getPmDocumentForFile(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  version: number | undefined,
): Promise<{ document: TPmDocument; version: number | null }> {
  assertReader(user);
  if (version !== undefined) {
    const publication = await getPmPublication(prisma, user, period, version);
    return { document: publication.document, version };
  }
  if (mayEditPm(user)) {
    const { texts } = await storedTexts(prisma, user.federationId, period);
    return { document: await buildLivePmDocument(prisma, user, period, texts), version: null };
  }
  const newest = await findPmPublication(prisma, user.federationId, period);
  if (!newest) throw notPublished(period);
  return { document: toPublication(newest).document, version: newest.version };
}

/**
 * PUT /api/pm/:period/texts (office): stores the edited paragraphs by block id over the stored
 * ones (an empty text removes the edit: the pre-filled text returns). `version` must be the
 * stored one (0 before the first edit): else 409 with the stored texts. Audited.
 */
export async function savePmTexts(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  input: TPmTextsInput,
): Promise<TPmView> {
  assertEditor(user);
  try {
    await inTransaction(prisma, async (tx) => {
      const stored = await storedTexts(tx, user.federationId, period);
      if (stored.version !== input.version)
        throw new ConflictError(undefined, { texts: stored.texts, version: stored.version });
      const next: Record<string, string> = { ...stored.texts };
      for (const [id, text] of Object.entries(input.texts)) {
        if (text.trim() === '') delete next[id];
        else next[id] = text;
      }
      const json = next as Prisma.InputJsonValue;
      let id = stored.id;
      if (id === null) id = (await createPmText(tx, user.federationId, period, json, user.id)).id;
      else if ((await updatePmText(tx, id, input.version, json, user.id)).count === 0)
        throw new ConflictError();
      await recordAudit(tx, {
        user,
        action: 'update',
        entity: 'PmText',
        entityId: id,
        before: { period, texts: stored.texts, version: stored.version },
        after: { period, texts: next, version: stored.version + 1 },
      });
    });
  } catch (error) {
    // Two first edits racing on the unique (förbund, period): the later one is stale.
    if (isUniqueViolation(error)) throw new ConflictError();
    throw error;
  }
  return getPmView(prisma, user, period);
}

/**
 * POST /api/pm/:period/publish (office): freezes the live document with the stored texts as the
 * next version (1, 2, …). `textsVersion` must be the stored one, so the office publishes what it
 * saw: else 409. The whole document is stored; later data changes never alter it. Audited.
 */
export async function publishPm(
  prisma: TPrismaClient,
  user: TSessionUser,
  period: string,
  input: TPmPublishInput,
): Promise<TPmPublication> {
  assertEditor(user);
  const { texts, version } = await storedTexts(prisma, user.federationId, period);
  if (version !== input.textsVersion)
    throw new ConflictError(
      'Texterna har ändrats sedan du hämtade PM:et. Ladda om och granska innan du publicerar.',
      { texts, version },
    );
  const document = await buildLivePmDocument(prisma, user, period, texts);
  try {
    const row = await inTransaction(prisma, async (tx) => {
      const current = await storedTexts(tx, user.federationId, period);
      if (current.version !== version) throw new ConflictError();
      const newest = await findPmPublication(tx, user.federationId, period);
      const created = await createPmPublication(tx, {
        federationId: user.federationId,
        period,
        version: (newest?.version ?? 0) + 1,
        publishedById: user.id,
        publishedBy: user.name,
        document: document as unknown as Prisma.InputJsonValue,
      });
      await recordAudit(tx, {
        user,
        action: 'publish',
        entity: 'PmPublication',
        entityId: created.id,
        after: { period, version: created.version, textsVersion: version },
      });
      return created;
    });
    return toPublication(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('PM:et publicerades samtidigt av någon annan. Ladda om.');
    throw error;
  }
}
