import { z } from 'zod/mini';
import { ZVersion } from './fields.ts';
import { strictInput } from './strict-input.ts';

/** What a notification (notis) is about: reminders, report and deviation events, the office digest. */
export const ZNotificationKind = z.enum([
  'REPORT_DUE_SOON',
  'REPORT_DUE_TODAY',
  'REPORT_OVERDUE',
  'REPORT_SUBMITTED',
  'REPORT_RETURNED',
  'REPORT_APPROVED',
  'DEVIATION_CREATED',
  'DEVIATION_DECIDED',
  'OVERDUE_DIGEST',
]);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

/** One notis in the bell's list, for the signed-in user only. */
export const ZNotification = z.object({
  id: z.string(),
  kind: ZNotificationKind,
  title: z.string(),
  body: z.string(),
  /** Path in the web app: the report's or deviation's page. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.nullable(z.string()),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationList = z.object({
  notifications: z.array(ZNotification),
  unreadCount: z.int(),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;

/** State of an e-mail in the outbox (Utskick). */
export const ZEmailStatus = z.enum(['OUTBOX', 'QUEUED', 'SENDING', 'SENT', 'RETRYING', 'FAILED']);
export type TEmailStatus = z.infer<typeof ZEmailStatus>;

export const ZEmailMessage = z.object({
  id: z.string(),
  toName: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  text: z.string(),
  status: ZEmailStatus,
  attempts: z.int(),
  lastError: z.nullable(z.string()),
  createdAt: z.string(),
  sentAt: z.nullable(z.string()),
  nextAttemptAt: z.nullable(z.string()),
});
export type TEmailMessage = z.infer<typeof ZEmailMessage>;

export const ZOutbox = z.object({
  /** false: no SMTP server is configured, messages stay here (status OUTBOX). */
  smtpConfigured: z.boolean(),
  messages: z.array(ZEmailMessage),
});
export type TOutbox = z.infer<typeof ZOutbox>;

/** The förbund's reminder offsets (påminnelser), set by the office. */
export const ZNotificationSettings = z.object({
  daysBeforeDue: z
    .number({ error: 'Ange antal dagar.' })
    .check(
      z.int({ error: 'Ange ett heltal.' }),
      z.gte(0, { error: 'Minst 0 dagar.' }),
      z.lte(60, { error: 'Högst 60 dagar.' }),
    ),
  overdueEveryDays: z
    .number({ error: 'Ange antal dagar.' })
    .check(
      z.int({ error: 'Ange ett heltal.' }),
      z.gte(1, { error: 'Minst 1 dag.' }),
      z.lte(60, { error: 'Högst 60 dagar.' }),
    ),
  /** ISO weekday of the office's weekly digest: 1 = måndag … 7 = söndag. */
  digestWeekday: z
    .number({ error: 'Välj en veckodag.' })
    .check(
      z.int({ error: 'Välj en veckodag.' }),
      z.gte(1, { error: 'Välj en veckodag.' }),
      z.lte(7, { error: 'Välj en veckodag.' }),
    ),
  /** Reminders concern reports due on or after this day ('YYYY-MM-DD'). */
  remindersFrom: z.string(),
  version: ZVersion,
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;

export const ZUpdateNotificationSettingsInput = strictInput({
  daysBeforeDue: ZNotificationSettings.shape.daysBeforeDue,
  overdueEveryDays: ZNotificationSettings.shape.overdueEveryDays,
  digestWeekday: ZNotificationSettings.shape.digestWeekday,
  version: ZVersion,
});
export type TUpdateNotificationSettingsInput = z.infer<typeof ZUpdateNotificationSettingsInput>;

/** The signed-in user's own choice: reminder e-mails on or off (decisions are always mailed). */
export const ZNotificationPreferences = z.object({ reminderEmails: z.boolean() });
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

export const ZUpdateNotificationPreferencesInput = strictInput({
  reminderEmails: z.boolean({ error: 'Välj om du vill få påminnelser.' }),
});
export type TUpdateNotificationPreferencesInput = z.infer<
  typeof ZUpdateNotificationPreferencesInput
>;
