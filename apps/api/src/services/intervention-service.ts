import type { TPrismaClient } from '@finsam/db';
import { buildInterventionKey, INTERVENTION_MESSAGES } from '@finsam/domain';
import type {
  TFieldError,
  TInterventionCreateInput,
  TInterventionDetail,
  TInterventionList,
  TInterventionListQuery,
  TInterventionSummary,
  TInterventionUpdateInput,
  TSessionUser,
} from '@finsam/domain';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  createIntervention,
  findAliasOwners,
  findInterventionDetail,
  findInterventionInFederation,
  findInterventionsNamed,
  findMemberByIdOrKey,
  findMembersOfFederation,
  keyExists,
  listInterventions,
  replaceAliases,
  replaceExpectedParticipants,
  replaceGoals,
  replacePartners,
  updateInterventionIfVersion,
} from '../repositories/intervention-repository.ts';
import type {
  TInterventionDetailRow,
  TInterventionSummaryRow,
} from '../repositories/intervention-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient, TTx } from '../repositories/transaction.ts';
import { assertInterventionAccess } from './access-service.ts';
import { fromIsoDate, toIsoDate, toIsoDateOrNull } from './db-dates.ts';

/** Aliases as shown: the other spellings, without the full and short name themselves. */
function otherAliases(row: TInterventionSummaryRow): string[] {
  return row.aliases
    .map((a) => a.alias)
    .filter((alias) => alias !== row.fullName && alias !== row.shortName);
}

export function toInterventionSummary(row: TInterventionSummaryRow): TInterventionSummary {
  return {
    id: row.id,
    key: row.key,
    fullName: row.fullName,
    shortName: row.shortName,
    aliases: otherAliases(row),
    owner: row.owner,
    kind: row.kind,
    aim: row.aim,
    status: row.status,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
    singleGenderTargetGroup: row.singleGenderTargetGroup,
  };
}

function toInterventionDetail(row: TInterventionDetailRow): TInterventionDetail {
  return {
    ...toInterventionSummary(row),
    partners: row.partners.map((p) => p.member),
    lastIntakeDate: toIsoDateOrNull(row.lastIntakeDate),
    goals: row.goals,
    expectedParticipants: row.expectedParticipants,
    grants: row.grants,
    predecessor: row.predecessor,
    successors: row.successors,
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** GET /interventions: summaries of the user's förbund, filtered. */
export async function listInterventionSummaries(
  prisma: TPrismaClient,
  user: TSessionUser,
  query: TInterventionListQuery,
): Promise<TInterventionList> {
  let ownerId: string | undefined;
  if (query.municipality) {
    const member = await findMemberByIdOrKey(prisma, user.federationId, query.municipality);
    if (!member) {
      throw new ValidationError([
        {
          path: 'query.municipality',
          message: `Kommunen eller medlemmen "${query.municipality}" finns inte i förbundet.`,
        },
      ]);
    }
    ownerId = member.id;
  }
  const rows = await listInterventions(prisma, {
    federationId: user.federationId,
    ...(query.year
      ? {
          overlaps: {
            from: fromIsoDate(`${query.year}-01-01`),
            to: fromIsoDate(`${query.year}-12-31`),
          },
        }
      : {}),
    ownerId,
    kind: query.kind,
    status: query.status,
  });
  return { interventions: rows.map(toInterventionSummary) };
}

async function loadDetail(db: TDbClient, id: string): Promise<TInterventionDetail> {
  const row = await findInterventionDetail(db, id);
  if (!row) throw new NotFoundError('Insatsen finns inte.');
  return toInterventionDetail(row);
}

/** GET /interventions/:id: the facts; every role of the förbund except admin. */
export async function getInterventionDetail(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
): Promise<TInterventionDetail> {
  await assertInterventionAccess(prisma, user, id, 'summary');
  return loadDetail(prisma, id);
}

/** The facts that must hold together, checked on the merged values of a create or update. */
interface TFacts {
  kind: TInterventionDetail['kind'];
  aim: TInterventionDetail['aim'];
  ownerId: string | null;
  partnerIds: string[];
  startDate: string;
  endDate: string;
  lastIntakeDate: string | null;
  predecessorId: string | null;
}

async function checkFacts(
  tx: TTx,
  federationId: string,
  facts: TFacts,
  selfId?: string,
): Promise<void> {
  const fields: TFieldError[] = [];
  if (facts.endDate < facts.startDate)
    fields.push({ path: 'body.endDate', message: INTERVENTION_MESSAGES.endBeforeStart });
  if (
    facts.lastIntakeDate &&
    (facts.lastIntakeDate < facts.startDate || facts.lastIntakeDate > facts.endDate)
  ) {
    fields.push({
      path: 'body.lastIntakeDate',
      message: INTERVENTION_MESSAGES.intakeOutsidePeriod,
    });
  }
  if (facts.aim && facts.kind !== 'INDIVIDUAL')
    fields.push({ path: 'body.aim', message: INTERVENTION_MESSAGES.aimOnlyIndividual });
  if (facts.ownerId === null && facts.kind !== 'OTHER_COOPERATION') {
    fields.push({ path: 'body.ownerId', message: INTERVENTION_MESSAGES.ownerRequired });
  }
  // Owner and partners must be members of the same förbund: another förbund's ids are unknown here.
  const memberIds = [...new Set([...(facts.ownerId ? [facts.ownerId] : []), ...facts.partnerIds])];
  const known = new Set(
    (await findMembersOfFederation(tx, federationId, memberIds)).map((m) => m.id),
  );
  if (facts.ownerId && !known.has(facts.ownerId))
    fields.push({ path: 'body.ownerId', message: INTERVENTION_MESSAGES.unknownMember });
  facts.partnerIds.forEach((id, index) => {
    if (!known.has(id))
      fields.push({
        path: `body.partnerIds.${index}`,
        message: INTERVENTION_MESSAGES.unknownMember,
      });
  });
  if (facts.predecessorId) {
    if (facts.predecessorId === selfId) {
      fields.push({ path: 'body.predecessorId', message: INTERVENTION_MESSAGES.ownPredecessor });
    } else if (!(await findInterventionInFederation(tx, federationId, facts.predecessorId))) {
      fields.push({
        path: 'body.predecessorId',
        message: INTERVENTION_MESSAGES.unknownPredecessor,
      });
    }
  }
  if (fields.length > 0) throw new ValidationError(fields);
}

interface TNames {
  fullName: string;
  shortName: string;
  aliases: string[];
}

/**
 * Names must identify one intervention within the förbund: a new name (not already this
 * intervention's) that another intervention of the förbund has as full name, short name or alias
 * answers 409. Names the seed papers already share (the 2019 and the 2022 "Jobbcentrum") stay
 * allowed on the interventions that have them. Returns the aliases to store: full name, short name
 * and the other spellings, without any name another intervention also has, since such a name
 * identifies neither.
 */
async function checkNames(
  tx: TTx,
  federationId: string,
  names: TNames,
  self?: { id: string; held: Set<string> },
): Promise<string[]> {
  const all = [...new Set([names.fullName, names.shortName, ...names.aliases])];
  const fresh = all.filter((name) => !self?.held.has(name));
  const pathOf = (name: string) => {
    if (name === names.fullName) return 'body.fullName';
    if (name === names.shortName) return 'body.shortName';
    return `body.aliases.${names.aliases.indexOf(name)}`;
  };
  const taken = await findAliasOwners(tx, federationId, fresh, self?.id);
  const named = await findInterventionsNamed(tx, federationId, all, self?.id);
  const clash = [
    ...taken.map((t) => ({ name: t.alias, other: t.intervention.shortName })),
    ...named.flatMap((n) =>
      fresh
        .filter((name) => name === n.fullName || name === n.shortName)
        .map((name) => ({ name, other: n.shortName })),
    ),
  ][0];
  if (clash) {
    const message = `Namnet "${clash.name}" används redan av insatsen "${clash.other}". Välj ett namn som skiljer dem åt.`;
    throw new AppError('CONFLICT', message, [{ path: pathOf(clash.name), message }]);
  }
  const shared = new Set(named.flatMap((n) => [n.fullName, n.shortName]));
  return all.filter((name) => !shared.has(name));
}

/** A free key: the given one (409 if taken) or one built from the short name, with a suffix if needed. */
async function chooseKey(
  tx: TTx,
  federationId: string,
  input: TInterventionCreateInput,
): Promise<string> {
  if (input.key) {
    if (await keyExists(tx, federationId, input.key)) {
      const message = `Nyckeln "${input.key}" används redan av en annan insats.`;
      throw new AppError('CONFLICT', message, [{ path: 'body.key', message }]);
    }
    return input.key;
  }
  const base = buildInterventionKey(input.shortName);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 95)}-${n}`;
    if (!(await keyExists(tx, federationId, candidate))) return candidate;
  }
}

function goalRows(goals: TInterventionCreateInput['goals']) {
  return goals.map((g) => ({ level: g.level, text: g.text, target: g.target ?? null }));
}

function expectedRows(rows: TInterventionCreateInput['expectedParticipants']) {
  return rows.map((r) => ({
    count: r.count,
    kind: r.kind,
    note: r.note ?? null,
    source: r.source ?? '',
  }));
}

async function guardUnique<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two offices saving the same name at once: the database's unique index decides.
    if (isUniqueViolation(error))
      throw new ConflictError('Namnet eller nyckeln används redan av en annan insats.');
    throw error;
  }
}

/** POST /interventions (kansli). */
export function createInterventionForUser(
  prisma: TPrismaClient,
  user: TSessionUser,
  input: TInterventionCreateInput,
): Promise<TInterventionDetail> {
  return guardUnique(() =>
    inTransaction(prisma, async (tx) => {
      const federationId = user.federationId;
      const partnerIds = [...new Set(input.partnerIds)];
      await checkFacts(tx, federationId, { ...input, partnerIds });
      const aliases = await checkNames(tx, federationId, input);
      const key = await chooseKey(tx, federationId, input);
      const { id } = await createIntervention(tx, {
        federationId,
        key,
        fullName: input.fullName,
        shortName: input.shortName,
        ownerId: input.ownerId,
        kind: input.kind,
        aim: input.aim,
        status: input.status,
        startDate: fromIsoDate(input.startDate),
        endDate: fromIsoDate(input.endDate),
        lastIntakeDate: input.lastIntakeDate ? fromIsoDate(input.lastIntakeDate) : null,
        singleGenderTargetGroup: input.singleGenderTargetGroup,
        predecessorId: input.predecessorId,
        source: input.source,
      });
      await replaceAliases(tx, federationId, id, aliases);
      await replacePartners(tx, id, partnerIds);
      await replaceGoals(tx, id, goalRows(input.goals));
      await replaceExpectedParticipants(tx, id, expectedRows(input.expectedParticipants));
      const after = await loadDetail(tx, id);
      await recordAudit(tx, {
        user,
        action: 'create',
        entity: 'Intervention',
        entityId: id,
        after,
      });
      return after;
    }),
  );
}

/** PATCH /interventions/:id (kansli): the given fields, if the version still matches. */
export async function updateInterventionForUser(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  input: TInterventionUpdateInput,
): Promise<TInterventionDetail> {
  await assertInterventionAccess(prisma, user, id, 'manage');
  return guardUnique(() =>
    inTransaction(prisma, async (tx) => {
      const before = await loadDetail(tx, id);
      if (before.version !== input.version) throw new ConflictError();
      const merged: TFacts = {
        kind: input.kind ?? before.kind,
        aim: input.aim !== undefined ? input.aim : before.aim,
        ownerId: input.ownerId !== undefined ? input.ownerId : (before.owner?.id ?? null),
        partnerIds: input.partnerIds
          ? [...new Set(input.partnerIds)]
          : before.partners.map((p) => p.id),
        startDate: input.startDate ?? before.startDate,
        endDate: input.endDate ?? before.endDate,
        lastIntakeDate:
          input.lastIntakeDate !== undefined ? input.lastIntakeDate : before.lastIntakeDate,
        predecessorId:
          input.predecessorId !== undefined
            ? input.predecessorId
            : (before.predecessor?.id ?? null),
      };
      await checkFacts(tx, user.federationId, merged, id);
      const namesChanged =
        input.fullName !== undefined ||
        input.shortName !== undefined ||
        input.aliases !== undefined;
      const aliases = namesChanged
        ? await checkNames(
            tx,
            user.federationId,
            {
              fullName: input.fullName ?? before.fullName,
              shortName: input.shortName ?? before.shortName,
              aliases: input.aliases ?? before.aliases,
            },
            { id, held: new Set([before.fullName, before.shortName, ...before.aliases]) },
          )
        : undefined;

      const changed = await updateInterventionIfVersion(tx, id, input.version, {
        ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
        ...(input.shortName !== undefined ? { shortName: input.shortName } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.singleGenderTargetGroup !== undefined
          ? { singleGenderTargetGroup: input.singleGenderTargetGroup }
          : {}),
        ...(input.source !== undefined ? { source: input.source } : {}),
        aim: merged.aim,
        ownerId: merged.ownerId,
        predecessorId: merged.predecessorId,
        startDate: fromIsoDate(merged.startDate),
        endDate: fromIsoDate(merged.endDate),
        lastIntakeDate: merged.lastIntakeDate ? fromIsoDate(merged.lastIntakeDate) : null,
      });
      if (changed === 0) throw new ConflictError();
      if (aliases) await replaceAliases(tx, user.federationId, id, aliases);
      if (input.partnerIds) await replacePartners(tx, id, merged.partnerIds);
      if (input.goals) await replaceGoals(tx, id, goalRows(input.goals));
      if (input.expectedParticipants)
        await replaceExpectedParticipants(tx, id, expectedRows(input.expectedParticipants));
      const after = await loadDetail(tx, id);
      await recordAudit(tx, {
        user,
        action: 'update',
        entity: 'Intervention',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}
