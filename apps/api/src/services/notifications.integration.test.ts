import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@finsam/db';
import { ZNotificationList, ZOutbox } from '@finsam/domain';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';
import { recipientsOf, startSmtpTestServer } from '../test-support/smtp-test-server.ts';
import type { TSmtpTestServer } from '../test-support/smtp-test-server.ts';
import { createMailTransport, MAX_ATTEMPTS } from './mailer.ts';
import { createScheduler } from './scheduler.ts';
import type { TScheduler } from './scheduler.ts';

// Reminders, event notices and their e-mails through a real SMTP server, with a clock the test
// moves (never a sleep). Knivsta's "En väg in - steget vidare" runs 2022-01-01 – 2024-12-31; its
// lead is knivsta@demo.se, the office kansli@demo.se. Reminders are switched on from 2024-07-01,
// so 2024 Q3 (due 31 October 2024) and Q4 (the slutrapport, due 31 January 2025) are reminded of.

const LEAD = 'knivsta@demo.se';
const OFFICE = 'kansli@demo.se';
const APP_URL = 'https://finsam.example.se';
const FROM = 'Samordningsförbundet <noreply@finsam.example.se>';

let t: TTestApp;
let smtp: TSmtpTestServer;
let now: Date;
let scheduler: TScheduler;
let knivstaId: string;
let lead: TSignedInClient;
let office: TSignedInClient;
const extraClients: { $disconnect: () => Promise<void> }[] = [];

/** A scheduler as one API process has it, reading the test's clock. */
function startProcess(prisma = t.db.prisma) {
  return createScheduler({
    prisma,
    logger: pino({ level: 'silent' }),
    transport: createMailTransport({ smtpUrl: smtp.url, from: FROM }),
    from: FROM,
    clock: () => now,
  });
}

const mailsTo = (address: string, subject?: string) =>
  smtp.received.filter(
    (mail) =>
      recipientsOf(mail).includes(address) && (!subject || (mail.subject ?? '').includes(subject)),
  );

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  t = await createTestApp();
  smtp = await startSmtpTestServer();
  const knivsta = await t.db.prisma.intervention.findFirstOrThrow({
    where: { key: 'en-vag-in-steget-vidare' },
    select: { id: true, federationId: true },
  });
  knivstaId = knivsta.id;
  await t.db.prisma.notificationSettings.create({
    data: { federationId: knivsta.federationId, remindersFrom: new Date('2024-07-01T00:00:00Z') },
  });
  lead = await signIn(t.app, LEAD);
  office = await signIn(t.app, OFFICE);
  scheduler = startProcess();
});

afterAll(async () => {
  await scheduler?.stop();
  for (const client of extraClients) await client.$disconnect();
  await smtp?.close();
  await t?.close();
  delete process.env.APP_URL;
});

describe('reminders of a kvartalsrapport', () => {
  it('mails the lead 7 days before the due date, once, with intervention, period, due date and link', async () => {
    now = new Date('2024-10-24T06:00:00Z'); // 08:00 Swedish time, Thursday
    await scheduler.tick();
    await scheduler.tick();
    const mails = mailsTo(LEAD, 'Påminnelse');
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(
      'Påminnelse: En väg in - steget vidare ska rapportera senast 31 oktober 2024',
    );
    expect(mail!.from?.value[0]).toMatchObject({
      name: 'Samordningsförbundet',
      address: 'noreply@finsam.example.se',
    });
    expect(mail!.text).toContain(
      'Påminnelse: kvartalsrapporten för kvartal 3 2024 för En väg in - steget vidare ska vara inskickad senast 31 oktober 2024.',
    );
    expect(mail!.text).toContain(`${APP_URL}/insatser/${knivstaId}`);
    expect(mail!.html).toContain(`<a href="${APP_URL}/insatser/${knivstaId}">`);

    // The same notice in the lead's bell, unread.
    const list = ZNotificationList.parse((await lead.get('/api/notifications').expect(200)).body);
    expect(list.notifications.filter((n) => n.kind === 'REPORT_DUE_SOON')).toHaveLength(1);
    expect(list.unreadCount).toBeGreaterThanOrEqual(1);
  });

  it('sends the office one weekly digest of what is overdue, not one mail per report', async () => {
    const digests = mailsTo(OFFICE, 'Veckosammanställning');
    expect(digests).toHaveLength(1);
    // Q2 2024 (due 31 July) of every reporting intervention without a handed-in report.
    expect(digests[0]!.text).toContain('Försenade rapporter veckan från 21 oktober 2024:');
    now = new Date('2024-10-25T06:00:00Z');
    await scheduler.tick();
    expect(mailsTo(OFFICE, 'Veckosammanställning')).toHaveLength(1);
  });

  it('mails the lead on the due date when the report is not in', async () => {
    now = new Date('2024-10-31T05:00:00Z');
    await scheduler.tick();
    const mails = mailsTo(LEAD, 'Sista dag i dag');
    expect(mails.map((m) => m.subject)).toEqual([
      'Sista dag i dag: En väg in - steget vidare, kvartalsrapporten för kvartal 3 2024',
    ]);
  });

  it('catches up after a restart: a process down on 7 November sends the overdue reminder on the 9th', async () => {
    await scheduler.stop(); // the process goes down on 1 November …
    now = new Date('2024-11-09T07:00:00Z');
    scheduler = startProcess(); // … and a new one starts on Saturday 9 November.
    await scheduler.tick();
    const overdue = mailsTo(LEAD, 'Försenad');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.text).toContain(
      'Kvartalsrapporten för kvartal 3 2024 för En väg in - steget vidare är försenad: den skulle ha skickats in senast 31 oktober 2024 (9 dagar sedan).',
    );
    // One digest a week: 21 and 28 October (sent on Thursday 31st), and now the missed 4 November.
    const digests = mailsTo(OFFICE, 'Veckosammanställning');
    expect(digests).toHaveLength(3);
    expect(digests[2]!.text).toContain('Försenade rapporter veckan från 4 november 2024:');
    await scheduler.tick();
    expect(mailsTo(LEAD, 'Försenad')).toHaveLength(1);
  });

  it('reminds weekly while overdue, and stops once the report is submitted', async () => {
    now = new Date('2024-11-14T07:00:00Z');
    await scheduler.tick();
    expect(mailsTo(LEAD, 'Försenad')).toHaveLength(2);
    await t.db.prisma.quarterlyReport.create({
      data: {
        interventionId: knivstaId,
        year: 2024,
        quarter: 3,
        status: 'SUBMITTED',
        dueDate: new Date('2024-10-31T00:00:00Z'),
        submittedAt: now,
        answers: {},
      },
    });
    now = new Date('2024-11-21T07:00:00Z');
    await scheduler.tick();
    expect(mailsTo(LEAD, 'Försenad')).toHaveLength(2);
  });

  it('calls the last quarter’s report the slutrapport (the report model has no separate one)', async () => {
    now = new Date('2025-01-24T07:00:00Z');
    await scheduler.tick();
    expect(mailsTo(LEAD, 'Påminnelse').map((m) => m.subject)).toContain(
      'Påminnelse: En väg in - steget vidare ska rapportera senast 31 januari 2025',
    );
    const mail = mailsTo(LEAD, '31 januari 2025')[0]!;
    expect(mail.text).toContain('slutrapporten (kvartal 4 2024)');
  });

  it('lets a lead turn reminder e-mails off: the notice stays in the app, no mail', async () => {
    await lead.put('/api/notifications/preferences', { reminderEmails: false }).expect(200);
    now = new Date('2025-01-31T07:00:00Z');
    await scheduler.tick();
    expect(mailsTo(LEAD, 'Sista dag i dag')).toHaveLength(1); // only October's
    const list = ZNotificationList.parse((await lead.get('/api/notifications').expect(200)).body);
    expect(list.notifications.filter((n) => n.kind === 'REPORT_DUE_TODAY')).toHaveLength(2);
    await lead.put('/api/notifications/preferences', { reminderEmails: true }).expect(200);
  });
});

describe('notices of events', () => {
  let q2Id: string;
  beforeAll(async () => {
    const q2 = await t.db.prisma.quarterlyReport.update({
      where: { interventionId_year_quarter: { interventionId: knivstaId, year: 2024, quarter: 2 } },
      data: { status: 'SUBMITTED' },
      select: { id: true },
    });
    q2Id = q2.id;
  });

  it('a returned report notifies the lead at once, with the office’s comment and a link to it', async () => {
    const report = (await office.get(`/api/reports/${q2Id}`).expect(200)).body;
    await office
      .post(`/api/reports/${q2Id}/return`, {
        version: report.version,
        comment: 'Komplettera målstatus.',
      })
      .expect(200);
    const list = ZNotificationList.parse((await lead.get('/api/notifications').expect(200)).body);
    const notice = list.notifications.find((n) => n.kind === 'REPORT_RETURNED')!;
    expect(notice.title).toBe(
      'Återskickad för komplettering: En väg in - steget vidare, kvartalsrapporten för kvartal 2 2024',
    );
    expect(notice.link).toBe(`/insatser/${knivstaId}?rapport=${q2Id}`);
    await scheduler.tick();
    const mails = mailsTo(LEAD, 'Återskickad');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Kansliets kommentar: Komplettera målstatus.');
    expect(mails[0]!.text).toContain(`${APP_URL}/insatser/${knivstaId}?rapport=${q2Id}`);
  });

  it('a submission notifies the office; an approval the lead — even with reminders turned off', async () => {
    await lead.put('/api/notifications/preferences', { reminderEmails: false }).expect(200);
    let report = (await lead.get(`/api/reports/${q2Id}`).expect(200)).body;
    report = (
      await lead.post(`/api/reports/${q2Id}/submit`, { version: report.version }).expect(200)
    ).body;
    await office.post(`/api/reports/${q2Id}/approve`, { version: report.version }).expect(200);
    await scheduler.tick();
    expect(mailsTo(OFFICE, 'Inskickad').map((m) => m.subject)).toEqual([
      'Inskickad: En väg in - steget vidare, kvartalsrapporten för kvartal 2 2024',
    ]);
    expect(mailsTo(LEAD, 'Godkänd')).toHaveLength(1);
    // The lead who submitted gets no notice of their own submission.
    const list = ZNotificationList.parse((await lead.get('/api/notifications').expect(200)).body);
    expect(list.notifications.some((n) => n.kind === 'REPORT_SUBMITTED')).toBe(false);
    await lead.put('/api/notifications/preferences', { reminderEmails: true }).expect(200);
  });

  it('a new deviation notifies the office, its decision the lead', async () => {
    const created = (
      await lead
        .post(`/api/interventions/${knivstaId}/deviations`, {
          kind: 'GOAL_CHANGED',
          description: 'Effektmålet omformuleras.',
        })
        .expect(201)
    ).body;
    await office
      .post(`/api/deviations/${created.id}/decision`, {
        version: created.version,
        decision: 'REJECTED',
        reason: 'Målet ligger fast i ansökan.',
      })
      .expect(200);
    await scheduler.tick();
    expect(mailsTo(OFFICE, 'Ny avvikelse').map((m) => m.subject)).toEqual([
      'Ny avvikelse: En väg in - steget vidare (ändrat mål)',
    ]);
    const decided = mailsTo(LEAD, 'Avvikelsen avslagen');
    expect(decided).toHaveLength(1);
    expect(decided[0]!.text).toContain('Motivering: Målet ligger fast i ansökan.');
    expect(decided[0]!.text).toContain(`/insatser/${knivstaId}?avvikelse=${created.id}`);
  });

  it('marks one notice read, then all; another user’s notice answers 404', async () => {
    const before = ZNotificationList.parse((await lead.get('/api/notifications').expect(200)).body);
    const first = before.notifications[0]!;
    const after = ZNotificationList.parse(
      (await lead.post(`/api/notifications/${first.id}/read`).expect(200)).body,
    );
    expect(after.unreadCount).toBe(before.unreadCount - 1);
    expect(after.notifications[0]!.readAt).not.toBeNull();
    await office.post(`/api/notifications/${first.id}/read`).expect(404);
    const all = ZNotificationList.parse(
      (await lead.post('/api/notifications/read-all').expect(200)).body,
    );
    expect(all.unreadCount).toBe(0);
  });
});

describe('delivery', () => {
  it('retries after a failing SMTP server and records the error; nothing is lost', async () => {
    smtp.failing = true;
    const created = (
      await lead
        .post(`/api/interventions/${knivstaId}/deviations`, {
          kind: 'TARGET_GROUP_OR_METHOD_CHANGED',
          description: 'Metoden kompletteras med IPS.',
        })
        .expect(201)
    ).body;
    await scheduler.tick();
    const outbox = ZOutbox.parse((await office.get('/api/outbox').expect(200)).body);
    const message = outbox.messages.find((m) => m.subject.includes('ändrad målgrupp'))!;
    expect(message.status).toBe('RETRYING');
    expect(message.attempts).toBe(1);
    expect(message.lastError).toContain('Tillfälligt fel');
    expect(message.nextAttemptAt).toBe(new Date(now.getTime() + 60_000).toISOString());

    // Not before its time …
    smtp.failing = false;
    await scheduler.tick();
    expect(mailsTo(OFFICE, 'ändrad målgrupp')).toHaveLength(0);
    // … and then once.
    now = new Date(now.getTime() + 60_000);
    await scheduler.tick();
    await scheduler.tick();
    expect(mailsTo(OFFICE, 'ändrad målgrupp')).toHaveLength(1);
    const sent = ZOutbox.parse((await office.get('/api/outbox').expect(200)).body).messages.find(
      (m) => m.id === message.id,
    )!;
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(created.id).toBeTruthy();
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and keeps the message as FAILED with its error`, async () => {
    smtp.failing = true;
    const refusedBefore = smtp.refused;
    await lead
      .post(`/api/interventions/${knivstaId}/deviations`, {
        kind: 'GOAL_CHANGED',
        description: 'Nytt delmål om studier.',
      })
      .expect(201);
    for (const minutes of [0, 1, 5, 15, 60, 120]) {
      now = new Date(now.getTime() + minutes * 60_000);
      await scheduler.tick();
    }
    smtp.failing = false;
    expect(smtp.refused - refusedBefore).toBe(MAX_ATTEMPTS);
    const outbox = ZOutbox.parse((await office.get('/api/outbox').expect(200)).body);
    expect(outbox.messages[0]).toMatchObject({
      status: 'FAILED',
      attempts: MAX_ATTEMPTS,
      toAddress: OFFICE,
    });
    expect(outbox.messages[0]!.lastError).toContain('Tillfälligt fel');
  });

  it('shows the outbox to the office only', async () => {
    await lead.get('/api/outbox').expect(403);
    const outbox = ZOutbox.parse((await office.get('/api/outbox').expect(200)).body);
    expect(outbox.messages.length).toBeGreaterThan(5);
  });
});

describe.runIf(t_kind() === 'postgres')('two API processes on one PostgreSQL database', () => {
  it('send each reminder exactly once', async () => {
    const second = createPrismaClient(t.db.url, 5);
    extraClients.push(second);
    const other = startProcess(second);
    // 2025-02-07: the slutrapport is a week overdue. Both processes tick at once, three times.
    now = new Date('2025-02-07T07:00:00Z');
    for (let round = 0; round < 3; round += 1) {
      await Promise.all([scheduler.tick(), other.tick()]);
    }
    const overdue = mailsTo(LEAD, 'Försenad: En väg in - steget vidare, slutrapporten');
    expect(overdue).toHaveLength(1);
    const notices = await t.db.prisma.notification.count({
      // Knivsta's report only: the strukturinsats Lokussamordnare Uppsala also ends in 2024 Q4.
      where: { kind: 'REPORT_OVERDUE', dedupeKey: { contains: `${knivstaId}:2024Q4` } },
    });
    expect(notices).toBe(1);
    await other.stop();
  });
});

function t_kind() {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

describe('the förbund’s reminder settings', () => {
  it('are set by the office only, checked per field in Swedish, audited, 409 when stale', async () => {
    const current = (await office.get('/api/notification-settings').expect(200)).body;
    expect(current).toMatchObject({ daysBeforeDue: 7, overdueEveryDays: 7, digestWeekday: 1 });
    await lead
      .put('/api/notification-settings', { ...current, remindersFrom: undefined })
      .expect(403);
    const bad = await office
      .put('/api/notification-settings', {
        daysBeforeDue: -1,
        overdueEveryDays: 0,
        digestWeekday: 8,
        version: current.version,
      })
      .expect(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'body.daysBeforeDue', message: 'Minst 0 dagar.' },
      { path: 'body.overdueEveryDays', message: 'Minst 1 dag.' },
      { path: 'body.digestWeekday', message: 'Välj en veckodag.' },
    ]);
    const saved = await office
      .put('/api/notification-settings', {
        daysBeforeDue: 14,
        overdueEveryDays: 3,
        digestWeekday: 5,
        version: current.version,
      })
      .expect(200);
    expect(saved.body).toMatchObject({ daysBeforeDue: 14, version: current.version + 1 });
    await office
      .put('/api/notification-settings', {
        daysBeforeDue: 10,
        overdueEveryDays: 3,
        digestWeekday: 5,
        version: current.version,
      })
      .expect(409);
    const audit = await t.db.prisma.auditEntry.count({
      where: { entity: 'NotificationSettings', action: 'update' },
    });
    expect(audit).toBe(1);
  });
});
