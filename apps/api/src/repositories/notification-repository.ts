import { Prisma } from '@finsam/db';
import type { TNotificationKind } from '@finsam/domain';
import { newId } from './new-id.ts';
import type { TDbClient, TTx } from './transaction.ts';

/** A person a notification goes to. */
export interface TRecipient {
  id: string;
  name: string;
  email: string;
  reminderEmails: boolean;
}

const RECIPIENT = { id: true, name: true, email: true, reminderEmails: true } as const;

/** The active leads (insatsledare) assigned to an intervention. */
export function findInterventionLeads(db: TDbClient, interventionId: string) {
  return db.user.findMany({
    where: { role: 'LEAD', active: true, assignments: { some: { interventionId } } },
    select: RECIPIENT,
    orderBy: { email: 'asc' },
  });
}

/** The active office users (kansliet) of a förbund. */
export function findOfficeUsers(db: TDbClient, federationId: string) {
  return db.user.findMany({
    where: { role: 'OFFICE', active: true, federationId },
    select: RECIPIENT,
    orderBy: { email: 'asc' },
  });
}

export interface TNewNotification {
  federationId: string;
  userId: string;
  kind: TNotificationKind;
  title: string;
  body: string;
  link: string;
  reportId?: string | null;
  deviationId?: string | null;
  dedupeKey?: string | null;
  createdAt: Date;
}

export interface TNewEmail {
  federationId: string;
  toAddress: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

/**
 * Writes a notification and, when given, its e-mail (QUEUED: the deliverer sends it, or keeps it
 * in the outbox without SMTP) with the same client, so both or neither exist.
 */
export async function insertNotification(
  tx: TTx,
  notification: TNewNotification,
  email: TNewEmail | null,
) {
  const row = await tx.notification.create({ data: notification, select: { id: true } });
  if (email) {
    await tx.emailMessage.create({
      data: { ...email, notificationId: row.id, status: 'QUEUED', nextAttemptAt: email.createdAt },
      select: { id: true },
    });
  }
  return row;
}

/** A notice and its e-mail, as `insertNotification` writes them. */
export interface TNewNotice {
  notification: TNewNotification;
  email: TNewEmail | null;
}

/**
 * The notices as data-modifying CTEs (`, "notices" AS (INSERT …), "emails" AS (INSERT …)`) for a
 * statement that writes an event and its notices together (the report save, decision 018): the
 * rows `insertNotification` writes, inserted only when `condition` holds (the event was written).
 * Nothing when there are no notices.
 */
export function noticeInserts(notices: TNewNotice[], condition: Prisma.Sql): Prisma.Sql {
  if (notices.length === 0) return Prisma.empty;
  const rows = notices.map(({ notification, email }) => {
    const id = newId();
    return {
      notification: {
        ...notification,
        id,
        reportId: notification.reportId ?? null,
        deviationId: notification.deviationId ?? null,
        dedupeKey: notification.dedupeKey ?? null,
      },
      email: email && { ...email, id: newId(), notificationId: id },
    };
  });
  const notificationJson = JSON.stringify(rows.map((row) => row.notification));
  const emailJson = JSON.stringify(rows.flatMap((row) => (row.email ? [row.email] : [])));
  return Prisma.sql`, "notices" AS (
      INSERT INTO "Notification" ("id", "federationId", "userId", "kind", "title", "body", "link",
                                  "reportId", "deviationId", "dedupeKey", "createdAt")
      SELECT n."id", n."federationId", n."userId", n."kind"::"NotificationKind", n."title",
             n."body", n."link", n."reportId", n."deviationId", n."dedupeKey",
             n."createdAt"::timestamp(3)
      FROM jsonb_to_recordset(${notificationJson}::jsonb) AS n(
        "id" text, "federationId" text, "userId" text, "kind" text, "title" text, "body" text,
        "link" text, "reportId" text, "deviationId" text, "dedupeKey" text, "createdAt" text)
      WHERE ${condition}
      RETURNING "id"
    ), "emails" AS (
      INSERT INTO "EmailMessage" ("id", "federationId", "notificationId", "toAddress", "toName",
                                  "subject", "text", "html", "status", "nextAttemptAt", "createdAt")
      SELECT e."id", e."federationId", e."notificationId", e."toAddress", e."toName", e."subject",
             e."text", e."html", 'QUEUED', e."createdAt"::timestamp(3), e."createdAt"::timestamp(3)
      FROM jsonb_to_recordset(${emailJson}::jsonb) AS e(
        "id" text, "federationId" text, "notificationId" text, "toAddress" text, "toName" text,
        "subject" text, "text" text, "html" text, "createdAt" text)
      WHERE e."notificationId" IN (SELECT "id" FROM "notices")
    )`;
}

export function listUserNotifications(db: TDbClient, userId: string, take: number) {
  return db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      link: true,
      createdAt: true,
      readAt: true,
    },
  });
}

export function countUnread(db: TDbClient, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks the user's own notification read; 0 when it is not theirs (or does not exist). */
export async function markRead(db: TDbClient, userId: string, id: string, at: Date) {
  const { count } = await db.notification.updateMany({
    where: { id, userId },
    data: { readAt: at },
  });
  return count;
}

export async function markAllRead(db: TDbClient, userId: string, at: Date) {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: at },
  });
  return count;
}

export function listEmails(db: TDbClient, federationId: string, take: number) {
  return db.emailMessage.findMany({
    where: { federationId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      toName: true,
      toAddress: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
    },
  });
}

const SETTINGS = {
  daysBeforeDue: true,
  overdueEveryDays: true,
  digestWeekday: true,
  remindersFrom: true,
  version: true,
} as const;

/**
 * The förbund's reminder settings; created with the defaults on first use, reminding only of
 * reports due from `today` on (so switching the feature on never mails about years-old gaps).
 */
export async function findOrCreateSettings(db: TDbClient, federationId: string, today: Date) {
  return db.notificationSettings.upsert({
    where: { federationId },
    create: { federationId, remindersFrom: today },
    update: {},
    select: SETTINGS,
  });
}

export async function updateSettingsIf(
  db: TDbClient,
  federationId: string,
  version: number,
  data: Prisma.NotificationSettingsUpdateManyMutationInput,
) {
  const { count } = await db.notificationSettings.updateMany({
    where: { federationId, version },
    data: { ...data, version: { increment: 1 } },
  });
  return count;
}

export function findUserPreferences(db: TDbClient, userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { reminderEmails: true } });
}

export function updateUserPreferences(db: TDbClient, userId: string, reminderEmails: boolean) {
  return db.user.update({
    where: { id: userId },
    data: { reminderEmails },
    select: { reminderEmails: true },
  });
}

export function listFederationIds(db: TDbClient) {
  return db.federation.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
}

/** Interventions that report (granted, ongoing or ended) with their period and existing reports. */
export function listReportingInterventions(db: TDbClient, federationId: string) {
  return db.intervention.findMany({
    where: { federationId, status: { in: ['GRANTED', 'ONGOING', 'ENDED'] } },
    select: {
      id: true,
      shortName: true,
      startDate: true,
      endDate: true,
      reports: { select: { id: true, year: true, quarter: true, status: true } },
    },
    orderBy: { shortName: 'asc' },
  });
}

export function findDeviationForNotice(db: TDbClient, id: string) {
  return db.deviation.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      description: true,
      decisionReason: true,
      intervention: { select: { id: true, shortName: true, federationId: true } },
    },
  });
}

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────

/** Creates a job unless one with its key exists (any process may call this; one row results). */
export async function ensureJob(
  db: TDbClient,
  job: { key: string; kind: string; federationId: string; day: Date },
) {
  await db.job.createMany({ data: [job], skipDuplicates: true });
}

export interface TClaimedJob {
  id: string;
  key: string;
  kind: string;
  federationId: string;
  day: string;
}

/**
 * Claims one pending job (or one whose lease ran out: its process died) for this process.
 * FOR UPDATE SKIP LOCKED: two processes claiming at once get different jobs, never the same.
 */
export async function claimJob(db: TDbClient, now: Date, leaseUntil: Date) {
  const rows = await db.$queryRaw<TClaimedJob[]>`
    UPDATE "Job" SET "status" = 'RUNNING', "attempts" = "attempts" + 1, "lockedUntil" = ${leaseUntil}
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE "status" = 'PENDING' OR ("status" = 'RUNNING' AND "lockedUntil" < ${now})
      ORDER BY "day", "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "key", "kind", "federationId", "day"::text AS "day"`;
  return rows[0] ?? null;
}

export async function finishJob(db: TDbClient, id: string, at: Date) {
  await db.job.update({
    where: { id },
    data: { status: 'DONE', doneAt: at, lockedUntil: null, lastError: null },
  });
}

/** A failed job runs again on the next tick, up to `maxAttempts` times; then it stays FAILED. */
export async function failJob(db: TDbClient, id: string, error: string, maxAttempts: number) {
  const job = await db.job.findUniqueOrThrow({ where: { id }, select: { attempts: true } });
  await db.job.update({
    where: { id },
    data: {
      status: job.attempts >= maxAttempts ? 'FAILED' : 'PENDING',
      lockedUntil: null,
      lastError: error,
    },
  });
}

// ── E-mail delivery ─────────────────────────────────────────────────────────────────────────────

export interface TClaimedEmail {
  id: string;
  toAddress: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Claims up to `limit` e-mails due for an attempt: queued (a first attempt is always due), a retry
 * whose time has come, or SENDING with an expired lease (its process died). FOR UPDATE SKIP LOCKED: each is claimed by one process only.
 */
export function claimEmails(db: TDbClient, now: Date, leaseUntil: Date, limit: number) {
  return db.$queryRaw<TClaimedEmail[]>`
    UPDATE "EmailMessage" SET "status" = 'SENDING', "attempts" = "attempts" + 1,
      "lockedUntil" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" = 'QUEUED'
         OR ("status" = 'RETRYING' AND "nextAttemptAt" <= ${now})
         OR ("status" = 'SENDING' AND "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "toName", "subject", "text", "html", "attempts"`;
}

/** Without SMTP: every queued message stays in the outbox (Utskick), marked as such. */
export async function keepQueuedInOutbox(db: TDbClient) {
  const { count } = await db.emailMessage.updateMany({
    where: { status: 'QUEUED' },
    data: { status: 'OUTBOX' },
  });
  return count;
}

export async function markEmailSent(db: TDbClient, id: string, at: Date, messageId: string) {
  await db.emailMessage.update({
    where: { id },
    data: { status: 'SENT', sentAt: at, messageId, lockedUntil: null, lastError: null },
  });
}

export async function markEmailFailed(
  db: TDbClient,
  id: string,
  error: string,
  nextAttemptAt: Date | null,
) {
  await db.emailMessage.update({
    where: { id },
    data: {
      status: nextAttemptAt ? 'RETRYING' : 'FAILED',
      lastError: error,
      lockedUntil: null,
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
    },
  });
}
