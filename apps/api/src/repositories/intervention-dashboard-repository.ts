import type { TPrismaClient } from '@finsam/db';

const MEMBER_SELECT = { id: true, key: true, name: true, shortName: true, kind: true } as const;
const REF_SELECT = { id: true, key: true, shortName: true, fullName: true } as const;

/**
 * The id of an intervention named by id (any förbund: the access check answers 404 for another
 * förbund's) or by key within the user's förbund. Null when neither matches.
 */
export async function resolveInterventionId(
  prisma: TPrismaClient,
  federationId: string,
  idOrKey: string,
): Promise<string | null> {
  const found = await prisma.intervention.findFirst({
    where: { OR: [{ id: idOrKey }, { federationId, key: idOrKey }] },
    select: { id: true },
  });
  return found?.id ?? null;
}

/** Facts of one intervention: owner, partners, period, goals, expectations, names, succession. */
export function findInterventionFacts(prisma: TPrismaClient, id: string) {
  return prisma.intervention.findUnique({
    where: { id },
    select: {
      ...REF_SELECT,
      federationId: true,
      kind: true,
      aim: true,
      status: true,
      startDate: true,
      endDate: true,
      lastIntakeDate: true,
      singleGenderTargetGroup: true,
      owner: { select: MEMBER_SELECT },
      partners: { select: { member: { select: MEMBER_SELECT } } },
      aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
      predecessor: { select: REF_SELECT },
      successors: { select: REF_SELECT, orderBy: { startDate: 'asc' } },
      goals: { select: { level: true, text: true, target: true }, orderBy: { sortOrder: 'asc' } },
      expectedParticipants: { select: { count: true, kind: true, note: true, source: true } },
      grants: {
        select: { year: true, amountKronor: true, source: true },
        orderBy: { year: 'asc' },
      },
    },
  });
}
export type TInterventionFactsRow = NonNullable<Awaited<ReturnType<typeof findInterventionFacts>>>;

/**
 * The intervention's quarterly reports, with their answers, newest first. With `includeDrafts`
 * false, DRAFT reports are left out (only the office and the intervention's own lead see them).
 */
export function listInterventionReports(
  prisma: TPrismaClient,
  interventionId: string,
  { includeDrafts }: { includeDrafts: boolean },
) {
  return prisma.quarterlyReport.findMany({
    where: { interventionId, ...(includeDrafts ? {} : { status: { not: 'DRAFT' } }) },
    select: {
      id: true,
      interventionId: true,
      year: true,
      quarter: true,
      status: true,
      dueDate: true,
      answers: true,
      comment: true,
      officeComment: true,
      submittedAt: true,
    },
    orderBy: [{ year: 'desc' }, { quarter: 'desc' }],
  });
}
export type TInterventionReportRow = Awaited<ReturnType<typeof listInterventionReports>>[number];

/** The förbund's question sets of the given years (question labels per year). */
export function listQuestionSets(prisma: TPrismaClient, federationId: string, years: number[]) {
  return prisma.reportQuestionSet.findMany({
    where: { federationId, year: { in: years } },
    select: { year: true, questions: true },
  });
}

/** The intervention's deviations with their decision trail. */
export function listInterventionDeviations(prisma: TPrismaClient, interventionId: string) {
  return prisma.deviation.findMany({
    where: { interventionId },
    select: {
      id: true,
      kind: true,
      status: true,
      description: true,
      requestedEffect: true,
      decisionReason: true,
      decidedAt: true,
      submittedAt: true,
      events: {
        select: { status: true, at: true, comment: true, userId: true },
        orderBy: { at: 'asc' },
      },
    },
    orderBy: { submittedAt: 'desc' },
  });
}
export type TInterventionDeviationRow = Awaited<
  ReturnType<typeof listInterventionDeviations>
>[number];

/** Names of the förbund's users, for "who" in a decision trail. */
export function listUserNames(prisma: TPrismaClient, federationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return prisma.user.findMany({
    where: { federationId, id: { in: ids } },
    select: { id: true, name: true },
  });
}
