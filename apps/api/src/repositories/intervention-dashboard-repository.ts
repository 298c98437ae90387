import type { TPrismaClient } from '@finsam/db';
import { Prisma } from '@finsam/db';
import type {
  TDeviationKind,
  TDeviationStatus,
  TExpectedParticipantsKind,
  TGoalLevel,
  TInterventionAim,
  TInterventionKind,
  TInterventionStatus,
  TMemberKind,
  TReportStatus,
} from '@finsam/domain';
import { parseIsoDate } from '@finsam/domain';
import {
  yearRowsJson,
  toYearRows,
  type TYearRowsJson,
  type TDashboardFederationRow,
} from './dashboard-data-repository.ts';
import { queryRows } from './plain-sql.ts';

/**
 * The id and förbund of an intervention named by id (any förbund: the access check answers 404
 * for another förbund's) or by key within the user's förbund. Null when neither matches.
 */
export async function resolveInterventionScope(
  prisma: TPrismaClient,
  federationId: string,
  idOrKey: string,
): Promise<{ id: string; federationId: string } | null> {
  // Raw: the same WHERE as findFirst({ where: { OR: [{ id }, { federationId, key }] } }), without
  // the ORM query's compile cost on every Insats request (~1 ms of CPU; issue 16).
  const [found] = await queryRows<{ id: string; federationId: string }>(
    prisma,
    Prisma.sql`
    SELECT "id", "federationId" FROM "Intervention"
    WHERE "id" = ${idOrKey} OR ("federationId" = ${federationId} AND "key" = ${idOrKey})
    LIMIT 1`,
  );
  return found ?? null;
}

type TMemberRow = { id: string; key: string; name: string; shortName: string; kind: TMemberKind };
type TInterventionRefRow = { id: string; key: string; shortName: string; fullName: string };

/** Facts of one intervention: owner, partners, period, goals, expectations, names, succession. */
export interface TInterventionFactsRow extends TInterventionRefRow {
  federationId: string;
  kind: TInterventionKind;
  aim: TInterventionAim | null;
  status: TInterventionStatus;
  startDate: Date;
  endDate: Date;
  lastIntakeDate: Date | null;
  singleGenderTargetGroup: boolean;
  owner: TMemberRow | null;
  partners: { member: TMemberRow }[];
  /** By alias. */
  aliases: { alias: string }[];
  predecessor: TInterventionRefRow | null;
  /** By start date. */
  successors: TInterventionRefRow[];
  /** By sortOrder. */
  goals: { level: TGoalLevel; text: string; target: string | null }[];
  expectedParticipants: {
    count: number;
    kind: TExpectedParticipantsKind;
    note: string | null;
    source: string;
  }[];
  /** By year. */
  grants: { year: number; amountKronor: number; source: string }[];
}

/** A quarterly report with its answers (newest first in readInterventionDashboard). */
export interface TInterventionReportRow {
  id: string;
  interventionId: string;
  year: number;
  quarter: number;
  status: TReportStatus;
  dueDate: Date;
  answers: Prisma.JsonValue;
  comment: string | null;
  officeComment: string | null;
  submittedAt: Date | null;
}

/** A deviation with its decision trail (by time); the newest submitted first. */
export interface TInterventionDeviationRow {
  id: string;
  kind: TDeviationKind;
  status: TDeviationStatus;
  description: string;
  requestedEffect: Prisma.JsonValue;
  decisionReason: string | null;
  decidedAt: Date | null;
  submittedAt: Date;
  events: { status: TDeviationStatus; at: Date; comment: string | null; userId: string | null }[];
}

/** A `date` column as JSON gives 'YYYY-MM-DD'; Prisma gives that day at 00:00 UTC. */
function dateColumn(value: string): Date {
  const { year, month, day } = parseIsoDate(value);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A `timestamp(3)` column (UTC, no zone) as JSON gives '2024-03-01T10:00:00.12'; Prisma a Date. */
function timestampColumn(value: string): Date {
  return new Date(/(Z|[+-]\d\d:\d\d)$/.test(value) ? value : `${value}Z`);
}

type TJsonDates<T, K extends keyof T> = Omit<T, K> & {
  [P in K]: null extends T[P] ? string | null : string;
};

interface TInterventionDashboardJson {
  facts: TJsonDates<TInterventionFactsRow, 'startDate' | 'endDate' | 'lastIntakeDate'> | null;
  federation: TDashboardFederationRow | null;
  rows: TYearRowsJson;
  reports: TJsonDates<TInterventionReportRow, 'dueDate' | 'submittedAt'>[];
  deviations: (Omit<
    TJsonDates<TInterventionDeviationRow, 'decidedAt' | 'submittedAt'>,
    'events'
  > & {
    events: TJsonDates<TInterventionDeviationRow['events'][number], 'at'>[];
  })[];
  questionSets: { year: number; questions: Prisma.JsonValue }[];
  users: { id: string; name: string }[];
}

const MEMBER_JSON = (m: string) =>
  Prisma.raw(
    `json_build_object('id', ${m}."id", 'key', ${m}."key", 'name', ${m}."name", ` +
      `'shortName', ${m}."shortName", 'kind', ${m}."kind")`,
  );
const REF_JSON = (i: string) =>
  Prisma.raw(
    `json_build_object('id', ${i}."id", 'key', ${i}."key", 'shortName', ${i}."shortName", ` +
      `'fullName', ${i}."fullName")`,
  );

/**
 * Everything Insats reads after its access check, in ONE statement returning JSON (decision 014,
 * round 2): the facts, the förbund's flag limits, every year's money and participant rows (as
 * listDashboardYearRows), the reports (drafts only with `includeDrafts`: the office and the
 * intervention's lead), the deviations with their trail, the question sets of the reports' years
 * and the names of the förbund's users in the trail. As seven Prisma calls these cost ~10 ms of
 * CPU per request in the query compiler and driver (issue 16). The intervention must be the
 * förbund's (assertInterventionAccess); stored values only, nothing is computed here.
 */
export async function readInterventionDashboard(
  prisma: TPrismaClient,
  federationId: string,
  interventionId: string,
  { includeDrafts }: { includeDrafts: boolean },
) {
  const id = interventionId;
  const drafts = includeDrafts ? Prisma.empty : Prisma.sql`AND r."status" <> 'DRAFT'`;
  const [row] = await queryRows<{ dashboard: TInterventionDashboardJson }>(
    prisma,
    Prisma.sql`
    SELECT json_build_object(
      'facts', (
        SELECT json_build_object(
          'id', i."id", 'key', i."key", 'shortName', i."shortName", 'fullName', i."fullName",
          'federationId', i."federationId", 'kind', i."kind", 'aim', i."aim",
          'status', i."status", 'startDate', i."startDate", 'endDate', i."endDate",
          'lastIntakeDate', i."lastIntakeDate",
          'singleGenderTargetGroup', i."singleGenderTargetGroup",
          'owner', (SELECT ${MEMBER_JSON('m')} FROM "Member" m WHERE m."id" = i."ownerId"),
          'partners', (
            SELECT coalesce(json_agg(json_build_object('member', ${MEMBER_JSON('m')})), '[]')
            FROM "InterventionPartner" ip JOIN "Member" m ON m."id" = ip."memberId"
            WHERE ip."interventionId" = i."id"),
          'aliases', (
            SELECT coalesce(json_agg(json_build_object('alias', a."alias") ORDER BY a."alias"), '[]')
            FROM "InterventionAlias" a WHERE a."interventionId" = i."id"),
          'predecessor', (
            SELECT ${REF_JSON('pr')} FROM "Intervention" pr WHERE pr."id" = i."predecessorId"),
          'successors', (
            SELECT coalesce(json_agg(${REF_JSON('su')} ORDER BY su."startDate"), '[]')
            FROM "Intervention" su WHERE su."predecessorId" = i."id"),
          'goals', (
            SELECT coalesce(json_agg(json_build_object(
              'level', g."level", 'text', g."text", 'target', g."target") ORDER BY g."sortOrder"), '[]')
            FROM "Goal" g WHERE g."interventionId" = i."id"),
          'expectedParticipants', (
            SELECT coalesce(json_agg(json_build_object(
              'count', e."count", 'kind', e."kind", 'note', e."note", 'source', e."source")), '[]')
            FROM "ExpectedParticipants" e WHERE e."interventionId" = i."id"),
          'grants', (
            SELECT coalesce(json_agg(json_build_object(
              'year', gr."year", 'amountKronor', gr."amountKronor", 'source', gr."source"
            ) ORDER BY gr."year"), '[]')
            FROM "Grant" gr WHERE gr."interventionId" = i."id"))
        FROM "Intervention" i WHERE i."id" = ${id} AND i."federationId" = ${federationId}),
      'federation', (
        SELECT json_build_object(
          'id', f."id", 'key', f."key", 'name', f."name",
          'consumptionFlagLow', f."consumptionFlagLow",
          'consumptionFlagHigh', f."consumptionFlagHigh")
        FROM "Federation" f WHERE f."id" = ${federationId}),
      'rows', ${yearRowsJson({ federationId, interventionId: id }, false)},
      'reports', (
        SELECT coalesce(json_agg(json_build_object(
          'id', r."id", 'interventionId', r."interventionId", 'year', r."year",
          'quarter', r."quarter", 'status', r."status", 'dueDate', r."dueDate",
          'answers', r."answers", 'comment', r."comment", 'officeComment', r."officeComment",
          'submittedAt', r."submittedAt"
        ) ORDER BY r."year" DESC, r."quarter" DESC), '[]')
        FROM "QuarterlyReport" r WHERE r."interventionId" = ${id} ${drafts}),
      'deviations', (
        SELECT coalesce(json_agg(json_build_object(
          'id', d."id", 'kind', d."kind", 'status', d."status", 'description', d."description",
          'requestedEffect', d."requestedEffect", 'decisionReason', d."decisionReason",
          'decidedAt', d."decidedAt", 'submittedAt', d."submittedAt",
          'events', (
            SELECT coalesce(json_agg(json_build_object(
              'status', ev."status", 'at', ev."at", 'comment', ev."comment", 'userId', ev."userId"
            ) ORDER BY ev."at"), '[]')
            FROM "DeviationEvent" ev WHERE ev."deviationId" = d."id")
        ) ORDER BY d."submittedAt" DESC), '[]')
        FROM "Deviation" d WHERE d."interventionId" = ${id}),
      'questionSets', (
        SELECT coalesce(json_agg(json_build_object('year', q."year", 'questions', q."questions")), '[]')
        FROM "ReportQuestionSet" q
        WHERE q."federationId" = ${federationId} AND q."year" IN (
          SELECT r."year" FROM "QuarterlyReport" r WHERE r."interventionId" = ${id} ${drafts})),
      'users', (
        SELECT coalesce(json_agg(json_build_object('id', u."id", 'name', u."name")), '[]')
        FROM "User" u
        WHERE u."federationId" = ${federationId} AND u."id" IN (
          SELECT ev."userId" FROM "DeviationEvent" ev JOIN "Deviation" d ON d."id" = ev."deviationId"
          WHERE d."interventionId" = ${id}))
    ) AS "dashboard"`,
  );
  const result = row!.dashboard;
  const facts = result.facts;
  return {
    facts: facts && {
      ...facts,
      startDate: dateColumn(facts.startDate),
      endDate: dateColumn(facts.endDate),
      lastIntakeDate: facts.lastIntakeDate === null ? null : dateColumn(facts.lastIntakeDate),
    },
    federation: result.federation,
    ...toYearRows(result.rows),
    reports: result.reports.map((r) => ({
      ...r,
      dueDate: dateColumn(r.dueDate),
      submittedAt: r.submittedAt === null ? null : timestampColumn(r.submittedAt),
    })),
    deviations: result.deviations.map((d) => ({
      ...d,
      decidedAt: d.decidedAt === null ? null : timestampColumn(d.decidedAt),
      submittedAt: timestampColumn(d.submittedAt),
      events: d.events.map((e) => ({ ...e, at: timestampColumn(e.at) })),
    })),
    questionSets: result.questionSets,
    users: result.users,
  };
}
