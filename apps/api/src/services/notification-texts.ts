import { formatDate, formatPeriod } from '@finsam/domain';
import type { TNotificationKind } from '@finsam/domain';

/**
 * Swedish texts of notifications and their e-mails (plain text and HTML): which intervention,
 * which period, the due date and a link. One place for every wording.
 */

/** Where a notice leads in the web app. One function, so a page's address changes in one place. */
export const links = {
  /** The intervention's page, opened at the report (its kvartalsrapporter). */
  report: (interventionId: string, reportId: string | null) =>
    reportId ? `/insatser/${interventionId}?rapport=${reportId}` : `/insatser/${interventionId}`,
  deviation: (interventionId: string, deviationId: string) =>
    `/insatser/${interventionId}?avvikelse=${deviationId}`,
  reviewQueue: () => '/granska-rapporter',
};

export interface TNoticeText {
  kind: TNotificationKind;
  /** The notice's title and the e-mail's subject. */
  title: string;
  /** One or more lines of plain text, without the link. */
  lines: string[];
  link: string;
}

/** 'kvartalsrapporten för 3:e kvartalet 2024' or 'slutrapporten (3:e kvartalet 2024)'. */
export function reportName(year: number, quarter: number, final: boolean) {
  const period = formatPeriod(`${year}Q${quarter}`).toLowerCase();
  return final ? `slutrapporten (${period})` : `kvartalsrapporten för ${period}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface TReminderTextInput {
  kind: 'REPORT_DUE_SOON' | 'REPORT_DUE_TODAY' | 'REPORT_OVERDUE';
  interventionName: string;
  year: number;
  quarter: number;
  final: boolean;
  dueDate: string;
  today: string;
  daysLate: number;
  link: string;
}

export function reminderText(input: TReminderTextInput): TNoticeText {
  const name = reportName(input.year, input.quarter, input.final);
  const due = formatDate(input.dueDate);
  const lines = {
    REPORT_DUE_SOON: [
      `Påminnelse: ${name} för ${input.interventionName} ska vara inskickad senast ${due}.`,
    ],
    REPORT_DUE_TODAY: [
      `Sista dag i dag: ${name} för ${input.interventionName} ska vara inskickad senast i dag, ${due}.`,
    ],
    REPORT_OVERDUE: [
      `${capitalize(name)} för ${input.interventionName} är försenad: den skulle ha skickats in senast ${due} (${input.daysLate} dagar sedan).`,
      'Skicka in den så snart som möjligt, eller kontakta kansliet om något hindrar.',
    ],
  }[input.kind];
  const title = {
    REPORT_DUE_SOON: `Påminnelse: ${input.interventionName} ska rapportera senast ${due}`,
    REPORT_DUE_TODAY: `Sista dag i dag: ${input.interventionName}, ${name}`,
    REPORT_OVERDUE: `Försenad: ${input.interventionName}, ${name}`,
  }[input.kind];
  return { kind: input.kind, title, lines, link: input.link };
}

export interface TOverdueItem {
  interventionName: string;
  year: number;
  quarter: number;
  final: boolean;
  dueDate: string;
  daysLate: number;
}

export function digestText(items: TOverdueItem[], weekStart: string, link: string): TNoticeText {
  return {
    kind: 'OVERDUE_DIGEST',
    title: `Veckosammanställning: ${items.length} försenade rapporter`,
    lines: [
      `Försenade rapporter veckan från ${formatDate(weekStart)}:`,
      ...items.map(
        (item) =>
          `• ${item.interventionName}: ${reportName(item.year, item.quarter, item.final)}, senast ${formatDate(item.dueDate)} (${item.daysLate} dagar sedan)`,
      ),
    ],
    link,
  };
}

/** Plain text and HTML of an e-mail: greeting, the lines, the link, and why it was sent. */
export function emailBodies(notice: TNoticeText, recipientName: string, absoluteLink: string) {
  const footer = 'Meddelandet skickades av Finsam Uppföljning.';
  const reminder = ['REPORT_DUE_SOON', 'REPORT_DUE_TODAY', 'REPORT_OVERDUE', 'OVERDUE_DIGEST'];
  const optOut = reminder.includes(notice.kind)
    ? 'Påminnelser via e-post kan stängas av under Notiser i appen.'
    : null;
  const text = [
    `Hej ${recipientName}!`,
    '',
    ...notice.lines,
    '',
    `Öppna i Finsam Uppföljning: ${absoluteLink}`,
    '',
    '--',
    footer,
    ...(optOut ? [optOut] : []),
  ].join('\n');
  const html = [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8">',
    `<title>${escapeHtml(notice.title)}</title></head><body>`,
    `<p>Hej ${escapeHtml(recipientName)}!</p>`,
    ...notice.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(absoluteLink)}">Öppna i Finsam Uppföljning</a></p>`,
    `<p style="color:#555;font-size:90%">${escapeHtml(footer)}${optOut ? `<br>${escapeHtml(optOut)}` : ''}</p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}

function escapeHtml(value: string) {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
