import type { TPrismaClient } from '@finsam/db';
import { addDays, computeReminderOccasion, daysBetween, listReportQuarters } from '@finsam/domain';
import type { TReminderKind } from '@finsam/domain';
import {
  findInterventionLeads,
  findOfficeUsers,
  findOrCreateSettings,
  listReportingInterventions,
} from '../repositories/notification-repository.ts';
import { fromIsoDate, toIsoDate } from './db-dates.ts';
import { notifyOnce } from './notification-service.ts';
import { digestText, links, reminderText } from './notification-texts.ts';
import type { TOverdueItem } from './notification-texts.ts';

/** A report counts as handed in once submitted or approved; a returned one is open again. */
const HANDED_IN = new Set(['SUBMITTED', 'APPROVED']);

const KIND: Record<TReminderKind, 'REPORT_DUE_SOON' | 'REPORT_DUE_TODAY' | 'REPORT_OVERDUE'> = {
  DUE_SOON: 'REPORT_DUE_SOON',
  DUE_TODAY: 'REPORT_DUE_TODAY',
  OVERDUE: 'REPORT_OVERDUE',
};

/**
 * Every report of the förbund's reporting interventions that is expected (a quarter inside the
 * intervention's period, due on or after the settings' `remindersFrom`) and not handed in.
 */
async function openReports(prisma: TPrismaClient, federationId: string, today: string) {
  const settings = await findOrCreateSettings(prisma, federationId, fromIsoDate(today));
  const remindersFrom = toIsoDate(settings.remindersFrom);
  const interventions = await listReportingInterventions(prisma, federationId);
  const open = interventions.flatMap((intervention) =>
    listReportQuarters(toIsoDate(intervention.startDate), toIsoDate(intervention.endDate))
      .filter((quarter) => quarter.dueDate >= remindersFrom)
      .map((quarter) => ({
        intervention,
        quarter,
        report:
          intervention.reports.find(
            (report) => report.year === quarter.year && report.quarter === quarter.quarter,
          ) ?? null,
      }))
      .filter(({ report }) => !report || !HANDED_IN.has(report.status)),
  );
  return { settings, open };
}

/**
 * The day's reminders of a förbund: for each open report, its latest reminder due by `today`
 * (computeReminderOccasion), to each lead once, keyed by report, kind and the reminder's day.
 * Run again (another process, a restart) it writes nothing new. Returns how many were written.
 */
export async function sendDueReminders(
  prisma: TPrismaClient,
  federationId: string,
  today: string,
  now: Date,
): Promise<number> {
  const { settings, open } = await openReports(prisma, federationId, today);
  let written = 0;
  for (const { intervention, quarter, report } of open) {
    const occasion = computeReminderOccasion(quarter.dueDate, today, settings);
    if (!occasion) continue;
    const leads = await findInterventionLeads(prisma, intervention.id);
    const notice = reminderText({
      kind: KIND[occasion.kind],
      interventionName: intervention.shortName,
      year: quarter.year,
      quarter: quarter.quarter,
      final: quarter.isLast,
      dueDate: quarter.dueDate,
      today,
      daysLate: daysBetween(quarter.dueDate, today),
      link: links.report(intervention.id, report?.id ?? null),
    });
    written += await notifyOnce(
      prisma,
      {
        federationId,
        recipients: leads,
        notice,
        now,
        reportId: report?.id ?? null,
        reminder: true,
      },
      `reminder:${intervention.id}:${quarter.year}Q${quarter.quarter}:${occasion.kind}:${occasion.date}`,
    );
  }
  return written;
}

/** Monday of the ISO week `day` falls in. */
export function weekStartOf(day: string): string {
  return addDays(day, -(isoWeekday(day) - 1));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = fromIsoDate(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * The office's weekly digest (veckosammanställning) of overdue reports: one notice per office
 * user and week, none when nothing is overdue. Returns how many were written.
 */
export async function sendOverdueDigest(
  prisma: TPrismaClient,
  federationId: string,
  today: string,
  now: Date,
): Promise<number> {
  const { open } = await openReports(prisma, federationId, today);
  const items: TOverdueItem[] = open
    .filter(({ quarter }) => quarter.dueDate < today)
    .map(({ intervention, quarter }) => ({
      interventionName: intervention.shortName,
      year: quarter.year,
      quarter: quarter.quarter,
      final: quarter.isLast,
      dueDate: quarter.dueDate,
      daysLate: daysBetween(quarter.dueDate, today),
    }))
    .sort(
      (a, b) =>
        b.daysLate - a.daysLate || a.interventionName.localeCompare(b.interventionName, 'sv'),
    );
  if (items.length === 0) return 0;
  const weekStart = weekStartOf(today);
  return notifyOnce(
    prisma,
    {
      federationId,
      recipients: await findOfficeUsers(prisma, federationId),
      notice: digestText(items, weekStart, links.reviewQueue()),
      now,
      reminder: true,
    },
    `digest:${weekStart}`,
  );
}
