import type { TPrismaClient } from '@finsam/db';
import { formatDate, quarterOfMonth, toSwedishDate } from '@finsam/domain';
import type {
  TNotificationList,
  TNotificationPreferences,
  TNotificationSettings,
  TOutbox,
  TSessionUser,
  TUpdateNotificationPreferencesInput,
  TUpdateNotificationSettingsInput,
} from '@finsam/domain';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { recordAudit } from '../repositories/audit-repository.ts';
import {
  countUnread,
  findDeviationForNotice,
  findInterventionLeads,
  findOfficeUsers,
  findOrCreateSettings,
  findUserPreferences,
  insertNotification,
  listEmails,
  listUserNotifications,
  markAllRead,
  markRead,
  updateSettingsIf,
  updateUserPreferences,
} from '../repositories/notification-repository.ts';
import type { TNewNotice, TRecipient } from '../repositories/notification-repository.ts';
import { inTransaction, isUniqueViolation } from '../repositories/transaction.ts';
import type { TDbClient, TTx } from '../repositories/transaction.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';
import { emailBodies, links, reportName } from './notification-texts.ts';
import type { TNoticeText } from './notification-texts.ts';

/** The web app's address in e-mails: APP_URL, or this machine on PORT. */
export function appBaseUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}

/** Whether e-mails are really sent (SMTP_URL set) or kept in the outbox (Utskick). */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

export interface TDeliverOptions {
  federationId: string;
  recipients: TRecipient[];
  notice: TNoticeText;
  now: Date;
  reportId?: string | null;
  deviationId?: string | null;
  /** Reminders and the digest: each recipient may turn their e-mails off. Decisions always mail. */
  reminder: boolean;
}

/**
 * Writes one notice per recipient and its e-mail, with `tx`: the caller's transaction, so an
 * event and its notices are stored together or not at all.
 */
export async function notifyInTransaction(tx: TTx, options: TDeliverOptions) {
  for (const recipient of options.recipients) {
    await writeNotice(tx, options, recipient, null);
  }
}

async function writeNotice(
  tx: TTx,
  options: TDeliverOptions,
  recipient: TRecipient,
  dedupeKey: string | null,
) {
  const { notification, email } = noticeFor(options, recipient, dedupeKey);
  await insertNotification(tx, notification, email);
}

/** The notice to one recipient and, unless they turned reminder e-mails off, its e-mail. */
function noticeFor(
  options: TDeliverOptions,
  recipient: TRecipient,
  dedupeKey: string | null,
): TNewNotice {
  const { notice, now } = options;
  const mail = !options.reminder || recipient.reminderEmails;
  const bodies = emailBodies(notice, recipient.name, `${appBaseUrl()}${notice.link}`);
  return {
    notification: {
      federationId: options.federationId,
      userId: recipient.id,
      kind: notice.kind,
      title: notice.title,
      body: notice.lines.join('\n'),
      link: notice.link,
      reportId: options.reportId ?? null,
      deviationId: options.deviationId ?? null,
      dedupeKey,
      createdAt: now,
    },
    email: mail
      ? {
          federationId: options.federationId,
          toAddress: recipient.email,
          toName: recipient.name,
          subject: notice.title,
          ...bodies,
          createdAt: now,
        }
      : null,
  };
}

/**
 * Writes a notice once per recipient and key, each in its own transaction: a second writer with
 * the same key (another process, a retried job) hits the unique index and writes nothing.
 * Returns how many were new.
 */
export async function notifyOnce(
  prisma: TPrismaClient,
  options: TDeliverOptions,
  dedupeKey: string,
): Promise<number> {
  let written = 0;
  for (const recipient of options.recipients) {
    try {
      await inTransaction(prisma, (tx) => writeNotice(tx, options, recipient, dedupeKey));
      written += 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return written;
}

const others = (recipients: TRecipient[], actor: Pick<TSessionUser, 'id'>) =>
  recipients.filter((recipient) => recipient.id !== actor.id);

function isFinalQuarter(year: number, quarter: number, endDate: Date) {
  return endDate.getUTCFullYear() === year && quarterOfMonth(endDate.getUTCMonth() + 1) === quarter;
}

/** What the notices of a report's change say: the report as it is after the change. */
export interface TReportForNotice {
  id: string;
  year: number;
  quarter: number;
  dueDate: Date;
  officeComment: string | null;
  intervention: { id: string; shortName: string; federationId: string; endDate: Date };
}

/**
 * Hook of the report service: the notices of a change of state, which the service writes in the
 * same statement as the change (decision 018). A submission tells the office; a return (with the
 * office's comment) and an approval tell the lead(s). Other actions (saving a draft) notify
 * nobody and read nothing. The recipients are read before the write.
 */
export async function reportChangeNotices(
  db: TDbClient,
  action: string,
  report: TReportForNotice,
  actor: Pick<TSessionUser, 'id'>,
  now: Date,
): Promise<TNewNotice[]> {
  if (action !== 'submit' && action !== 'return' && action !== 'approve') return [];
  const { intervention } = report;
  const name = reportName(
    report.year,
    report.quarter,
    isFinalQuarter(report.year, report.quarter, intervention.endDate),
  );
  const link = links.report(intervention.id, report.id);
  const base = {
    federationId: intervention.federationId,
    now,
    reportId: report.id,
    reminder: false,
  };
  const deliver = (recipients: TRecipient[], notice: TNoticeText) =>
    recipients.map((recipient) => noticeFor({ ...base, recipients, notice }, recipient, null));
  if (action === 'submit') {
    return deliver(others(await findOfficeUsers(db, intervention.federationId), actor), {
      kind: 'REPORT_SUBMITTED',
      title: `Inskickad: ${intervention.shortName}, ${name}`,
      lines: [
        `${intervention.shortName} har skickat in ${name} (senast ${formatDate(toIsoDate(report.dueDate))}). Den väntar på granskning.`,
      ],
      link,
    });
  }
  const recipients = others(await findInterventionLeads(db, intervention.id), actor);
  return deliver(
    recipients,
    action === 'return'
      ? {
          kind: 'REPORT_RETURNED',
          title: `Återskickad för komplettering: ${intervention.shortName}, ${name}`,
          lines: [
            `Kansliet har skickat tillbaka ${name} för ${intervention.shortName} för komplettering.`,
            ...(report.officeComment ? [`Kansliets kommentar: ${report.officeComment}`] : []),
          ],
          link,
        }
      : {
          kind: 'REPORT_APPROVED',
          title: `Godkänd: ${intervention.shortName}, ${name}`,
          lines: [
            `Kansliet har godkänt ${name} för ${intervention.shortName}.`,
            ...(report.officeComment ? [`Kansliets kommentar: ${report.officeComment}`] : []),
          ],
          link,
        },
  );
}

const DEVIATION_KIND_TEXT: Record<string, string> = {
  BUDGET_CARRY_OVER: 'överföring av outnyttjade medel',
  BUDGET_CHANGE: 'ändrad budget',
  START_POSTPONED: 'senarelagd start',
  PERIOD_EXTENDED: 'förlängd period',
  GOAL_CHANGED: 'ändrat mål',
  TARGET_GROUP_OR_METHOD_CHANGED: 'ändrad målgrupp eller metod',
  PARTICIPANT_NUMBER_CHANGED: 'ändrat antal deltagare',
};

/**
 * Hook of the deviation service, with its transaction: a new deviation tells the office, a
 * decision (beviljad or avslagen, with the reason) tells the lead(s).
 */
export async function notifyDeviationChange(
  tx: TTx,
  action: 'create' | 'decide',
  deviationId: string,
  actor: Pick<TSessionUser, 'id'>,
  now: Date,
) {
  const deviation = await findDeviationForNotice(tx, deviationId);
  const { intervention } = deviation;
  const what = DEVIATION_KIND_TEXT[deviation.kind] ?? 'avvikelse';
  const link = links.deviation(intervention.id, deviation.id);
  const base = { federationId: intervention.federationId, now, deviationId, reminder: false };
  if (action === 'create') {
    await notifyInTransaction(tx, {
      ...base,
      recipients: others(await findOfficeUsers(tx, intervention.federationId), actor),
      notice: {
        kind: 'DEVIATION_CREATED',
        title: `Ny avvikelse: ${intervention.shortName} (${what})`,
        lines: [
          `${intervention.shortName} har anmält en avvikelse: ${what}.`,
          `Beskrivning: ${deviation.description}`,
        ],
        link,
      },
    });
    return;
  }
  const approved = deviation.status === 'APPROVED';
  await notifyInTransaction(tx, {
    ...base,
    recipients: others(await findInterventionLeads(tx, intervention.id), actor),
    notice: {
      kind: 'DEVIATION_DECIDED',
      title: `Avvikelsen ${approved ? 'beviljad' : 'avslagen'}: ${intervention.shortName} (${what})`,
      lines: [
        `Kansliet har ${approved ? 'beviljat' : 'avslagit'} avvikelsen för ${intervention.shortName}: ${what}.`,
        ...(deviation.decisionReason ? [`Motivering: ${deviation.decisionReason}`] : []),
      ],
      link,
    },
  });
}

// ── Reading and settings (the API's /notifications routes) ─────────────────────────────────────

const LIST_SIZE = 50;

/** GET /notifications — the signed-in user's own notices, newest first, and the unread count. */
export async function listNotifications(
  prisma: TPrismaClient,
  user: TSessionUser,
): Promise<TNotificationList> {
  const [rows, unreadCount] = await Promise.all([
    listUserNotifications(prisma, user.id, LIST_SIZE),
    countUnread(prisma, user.id),
  ]);
  return {
    unreadCount,
    notifications: rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
  };
}

/** POST /notifications/:id/read — only one's own notice; another's answers 404. */
export async function readNotification(
  prisma: TPrismaClient,
  user: TSessionUser,
  id: string,
  now = new Date(),
) {
  if ((await markRead(prisma, user.id, id, now)) === 0) {
    throw new NotFoundError('Notisen finns inte.');
  }
  return listNotifications(prisma, user);
}

export async function readAllNotifications(
  prisma: TPrismaClient,
  user: TSessionUser,
  now = new Date(),
) {
  await markAllRead(prisma, user.id, now);
  return listNotifications(prisma, user);
}

/** GET /outbox — the office's view of every e-mail (Utskick): to whom, what, and its state. */
export async function getOutbox(prisma: TPrismaClient, user: TSessionUser): Promise<TOutbox> {
  const rows = await listEmails(prisma, user.federationId, 200);
  return {
    smtpConfigured: smtpConfigured(),
    messages: rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      nextAttemptAt: row.status === 'RETRYING' ? row.nextAttemptAt.toISOString() : null,
    })),
  };
}

function settingsDto(row: Awaited<ReturnType<typeof findOrCreateSettings>>): TNotificationSettings {
  return { ...row, remindersFrom: toIsoDate(row.remindersFrom) };
}

export async function getNotificationSettings(
  prisma: TPrismaClient,
  user: TSessionUser,
  now = new Date(),
) {
  return settingsDto(
    await findOrCreateSettings(prisma, user.federationId, fromIsoDate(toSwedishDate(now))),
  );
}

/** PUT /notification-settings — the office sets the förbund's offsets; audited, 409 when stale. */
export async function updateNotificationSettings(
  prisma: TPrismaClient,
  user: TSessionUser,
  input: TUpdateNotificationSettingsInput,
  now = new Date(),
) {
  const today = fromIsoDate(toSwedishDate(now));
  return inTransaction(prisma, async (tx) => {
    const before = await findOrCreateSettings(tx, user.federationId, today);
    const { version, ...change } = input;
    if ((await updateSettingsIf(tx, user.federationId, version, change)) === 0) {
      throw new ConflictError();
    }
    const after = await findOrCreateSettings(tx, user.federationId, today);
    await recordAudit(tx, {
      user,
      action: 'update',
      entity: 'NotificationSettings',
      entityId: user.federationId,
      before,
      after,
    });
    return settingsDto(after);
  });
}

export async function getNotificationPreferences(
  prisma: TPrismaClient,
  user: TSessionUser,
): Promise<TNotificationPreferences> {
  return findUserPreferences(prisma, user.id);
}

/** PUT /notifications/preferences — the user's own choice; audited. */
export async function updateNotificationPreferences(
  prisma: TPrismaClient,
  user: TSessionUser,
  input: TUpdateNotificationPreferencesInput,
): Promise<TNotificationPreferences> {
  return inTransaction(prisma, async (tx) => {
    const before = await findUserPreferences(tx, user.id);
    const after = await updateUserPreferences(tx, user.id, input.reminderEmails);
    await recordAudit(tx, {
      user,
      action: 'update',
      entity: 'User',
      entityId: user.id,
      before,
      after,
    });
    return after;
  });
}
