import type { Prisma } from '@finsam/db';
import type { TDbClient, TTx } from './transaction.ts';

const memberSelect = { id: true, key: true, name: true, shortName: true, kind: true } as const;

/** What a list row (insats summary) needs. */
export const interventionSummarySelect = {
  id: true,
  key: true,
  fullName: true,
  shortName: true,
  kind: true,
  aim: true,
  status: true,
  startDate: true,
  endDate: true,
  singleGenderTargetGroup: true,
  owner: { select: memberSelect },
  aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
} as const satisfies Prisma.InterventionSelect;

const interventionRefSelect = { id: true, key: true, shortName: true } as const;

/** Everything GET /interventions/:id shows. */
export const interventionDetailSelect = {
  ...interventionSummarySelect,
  lastIntakeDate: true,
  source: true,
  version: true,
  updatedAt: true,
  federationId: true,
  ownerId: true,
  predecessorId: true,
  partners: {
    select: { member: { select: memberSelect } },
    orderBy: { member: { shortName: 'asc' } },
  },
  goals: {
    select: { id: true, level: true, text: true, target: true, sortOrder: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  },
  expectedParticipants: {
    select: { id: true, count: true, kind: true, note: true, source: true },
    orderBy: { id: 'asc' },
  },
  grants: { select: { year: true, amountKronor: true, source: true }, orderBy: { year: 'asc' } },
  predecessor: { select: interventionRefSelect },
  successors: { select: interventionRefSelect, orderBy: { startDate: 'asc' } },
} as const satisfies Prisma.InterventionSelect;

export type TInterventionSummaryRow = Prisma.InterventionGetPayload<{
  select: typeof interventionSummarySelect;
}>;
export type TInterventionDetailRow = Prisma.InterventionGetPayload<{
  select: typeof interventionDetailSelect;
}>;

export interface TInterventionListFilter {
  federationId: string;
  /** Period overlaps [from, to]. */
  overlaps?: { from: Date; to: Date };
  ownerId?: string;
  kind?: Prisma.InterventionWhereInput['kind'];
  status?: Prisma.InterventionWhereInput['status'];
}

export function listInterventions(db: TDbClient, filter: TInterventionListFilter) {
  return db.intervention.findMany({
    where: {
      federationId: filter.federationId,
      ...(filter.overlaps
        ? { startDate: { lte: filter.overlaps.to }, endDate: { gte: filter.overlaps.from } }
        : {}),
      ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
    select: interventionSummarySelect,
    orderBy: [{ shortName: 'asc' }, { startDate: 'asc' }],
  });
}

export function findInterventionDetail(db: TDbClient, id: string) {
  return db.intervention.findUnique({ where: { id }, select: interventionDetailSelect });
}

/** A member of the förbund by id or key ("knivsta"). */
export function findMemberByIdOrKey(db: TDbClient, federationId: string, idOrKey: string) {
  return db.member.findFirst({
    where: { federationId, OR: [{ id: idOrKey }, { key: idOrKey }] },
    select: { id: true },
  });
}

export function findMembersOfFederation(db: TDbClient, federationId: string, ids: string[]) {
  return db.member.findMany({ where: { federationId, id: { in: ids } }, select: { id: true } });
}

export function findInterventionInFederation(db: TDbClient, federationId: string, id: string) {
  return db.intervention.findFirst({ where: { federationId, id }, select: { id: true } });
}

export function findInterventionsInFederation(db: TDbClient, federationId: string, ids: string[]) {
  return db.intervention.findMany({
    where: { federationId, id: { in: ids } },
    select: { id: true },
  });
}

export function keyExists(db: TDbClient, federationId: string, key: string) {
  return db.intervention.findUnique({
    where: { federationId_key: { federationId, key } },
    select: { id: true },
  });
}

/** Names registered as aliases (incl. full and short names) of other interventions of the förbund. */
export function findAliasOwners(
  db: TDbClient,
  federationId: string,
  names: string[],
  excludeId?: string,
) {
  return db.interventionAlias.findMany({
    where: {
      federationId,
      alias: { in: names },
      ...(excludeId ? { interventionId: { not: excludeId } } : {}),
    },
    select: { alias: true, intervention: { select: { shortName: true } } },
  });
}

/** Other interventions whose full or short name is one of `names`. */
export function findInterventionsNamed(
  db: TDbClient,
  federationId: string,
  names: string[],
  excludeId?: string,
) {
  return db.intervention.findMany({
    where: {
      federationId,
      OR: [{ fullName: { in: names } }, { shortName: { in: names } }],
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    select: { fullName: true, shortName: true },
  });
}

export type TInterventionScalars = Pick<
  Prisma.InterventionUncheckedCreateInput,
  | 'fullName'
  | 'shortName'
  | 'ownerId'
  | 'kind'
  | 'aim'
  | 'status'
  | 'startDate'
  | 'endDate'
  | 'lastIntakeDate'
  | 'singleGenderTargetGroup'
  | 'predecessorId'
  | 'source'
>;

export function createIntervention(
  tx: TTx,
  data: TInterventionScalars & { federationId: string; key: string },
) {
  return tx.intervention.create({ data, select: { id: true } });
}

/** Updates only if the row still has `version`; returns how many rows changed (0 = stale). */
export async function updateInterventionIfVersion(
  tx: TTx,
  id: string,
  version: number,
  data: Partial<TInterventionScalars>,
): Promise<number> {
  const result = await tx.intervention.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return result.count;
}

export async function replaceAliases(
  tx: TTx,
  federationId: string,
  interventionId: string,
  aliases: string[],
) {
  await tx.interventionAlias.deleteMany({ where: { interventionId } });
  await tx.interventionAlias.createMany({
    data: aliases.map((alias) => ({ federationId, interventionId, alias })),
  });
}

export async function replacePartners(tx: TTx, interventionId: string, memberIds: string[]) {
  await tx.interventionPartner.deleteMany({ where: { interventionId } });
  await tx.interventionPartner.createMany({
    data: memberIds.map((memberId) => ({ interventionId, memberId })),
  });
}

export async function replaceGoals(
  tx: TTx,
  interventionId: string,
  goals: { level: Prisma.GoalCreateManyInput['level']; text: string; target: string | null }[],
) {
  await tx.goal.deleteMany({ where: { interventionId } });
  await tx.goal.createMany({
    data: goals.map((goal, sortOrder) => ({ interventionId, ...goal, sortOrder })),
  });
}

export async function replaceExpectedParticipants(
  tx: TTx,
  interventionId: string,
  rows: {
    count: number;
    kind: Prisma.ExpectedParticipantsCreateManyInput['kind'];
    note: string | null;
    source: string;
  }[],
) {
  await tx.expectedParticipants.deleteMany({ where: { interventionId } });
  await tx.expectedParticipants.createMany({
    data: rows.map((row) => ({ interventionId, ...row })),
  });
}
