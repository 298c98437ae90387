import { beforeAll, describe, expect, it } from 'vitest';
import { ZQuarterlyReport } from '@finsam/domain';
import { applyQuarterlyReportChange } from '../repositories/quarterly-report-repository.ts';
import {
  auditEntriesFor,
  createOtherFederation,
  interventionId,
} from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';

// The save writes its UPDATE, audit entry and notices as one statement without a transaction
// (decision 018): these are the edges of that — saves racing at one version, and what is written.
const signedIn = useSignedInApp();

let knivstaId: string;

beforeAll(async () => {
  knivstaId = await interventionId(signedIn.t.db, 'en-vag-in-steget-vidare');
});

const STALE =
  'Rapporten har sparats från ett annat fönster eller av någon annan sedan du öppnade den. Jämför versionerna och välj vad som ska gälla.';

describe('saves racing at the same version', () => {
  let reportId: string;

  beforeAll(async () => {
    const created = await signedIn.lead
      .post(`/api/interventions/${knivstaId}/reports`, { year: 2024, quarter: 3 })
      .expect(201);
    reportId = ZQuarterlyReport.parse(created.body).id;
  });

  it('exactly one of five wins, the others answer 409 with the report as saved, one audit entry', async () => {
    const comments = ['Ett', 'Två', 'Tre', 'Fyra', 'Fem'].map((n) => `Sparat från fönster ${n}.`);
    const responses = await Promise.all(
      comments.map((comment) =>
        signedIn.lead.patch(`/api/reports/${reportId}`, { version: 0, comment }),
      ),
    );
    const won = responses.filter((response) => response.status === 200);
    const refused = responses.filter((response) => response.status === 409);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(4);
    const winner = ZQuarterlyReport.parse(won[0]!.body);
    expect(winner.version).toBe(1);
    for (const response of refused) {
      expect(response.body.error).toMatchObject({ code: 'CONFLICT' });
      // Refused at the read: the message and the report as saved now; refused by the UPDATE
      // (the winner wrote in between): the plain conflict. Nothing of theirs is stored either way.
      if (response.body.error.message === STALE) {
        expect(response.body.error.current).toMatchObject({ id: reportId, version: 1 });
      }
    }
    const stored = ZQuarterlyReport.parse(
      (await signedIn.lead.get(`/api/reports/${reportId}`).expect(200)).body,
    );
    expect(stored).toMatchObject({ version: 1, comment: winner.comment });
    const updates = (await auditEntriesFor(signedIn.t.db, 'QuarterlyReport', reportId)).filter(
      (entry) => entry.action === 'update',
    );
    expect(updates).toHaveLength(1);
    const unchanged = {
      status: 'DRAFT',
      answers: {},
      officeComment: null,
      finalResults: null,
      lessonsLearned: null,
      submittedAt: null,
      submittedById: null,
      reviewedAt: null,
      reviewedById: null,
    };
    expect(updates[0]).toMatchObject({
      userEmail: 'knivsta@demo.se',
      before: { ...unchanged, comment: null, version: 0 },
      after: { ...unchanged, comment: winner.comment, version: 1 },
    });
    expect(Object.keys(updates[0]!.after as object).sort()).toEqual(
      [...Object.keys(unchanged), 'comment', 'version'].sort(),
    );
  });

  it('a save after the race goes on from the winning version', async () => {
    const response = await signedIn.lead
      .patch(`/api/reports/${reportId}`, { version: 1, answers: { goalPhase: { value: 'Ja' } } })
      .expect(200);
    expect(ZQuarterlyReport.parse(response.body)).toMatchObject({
      version: 2,
      answers: { goalPhase: { value: 'Ja' } },
    });
  });
});

describe('submits racing at the same version', () => {
  it('one submission is recorded: one audit entry, one notice and e-mail per office user', async () => {
    const { t, office, lead } = signedIn;
    const q2 = await t.db.prisma.quarterlyReport.findUniqueOrThrow({
      where: { interventionId_year_quarter: { interventionId: knivstaId, year: 2024, quarter: 2 } },
      select: { id: true, version: true },
    });
    // The seeded Q2 is approved (locked): the office reopens it, so the lead may submit again.
    const reopened = await office
      .post(`/api/reports/${q2.id}/reopen`, { version: q2.version, reason: 'Komplettera.' })
      .expect(200);
    const version = ZQuarterlyReport.parse(reopened.body).version;
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => lead.post(`/api/reports/${q2.id}/submit`, { version })),
    );
    // A submit that read the report before the winner wrote answers 409; one that read it after
    // sees its own submission and answers 200 (a repeat changes nothing).
    expect(responses.map((response) => response.status).sort()).toContain(200);
    for (const response of responses) expect([200, 409]).toContain(response.status);
    for (const response of responses.filter((r) => r.status === 200)) {
      expect(response.body).toMatchObject({ status: 'SUBMITTED', version: version + 1 });
    }
    const submits = (await auditEntriesFor(t.db, 'QuarterlyReport', q2.id)).filter(
      (entry) => entry.action === 'submit',
    );
    expect(submits).toHaveLength(1);
    expect(submits[0]!.after).toMatchObject({ status: 'SUBMITTED', version: version + 1 });
    const officeUsers = await t.db.prisma.user.count({
      where: {
        role: 'OFFICE',
        active: true,
        federation: { interventions: { some: { id: knivstaId } } },
      },
    });
    expect(officeUsers).toBeGreaterThan(0);
    const notices = await t.db.prisma.notification.findMany({
      where: { reportId: q2.id, kind: 'REPORT_SUBMITTED' },
      select: { userId: true, emails: { select: { status: true } } },
    });
    expect(notices).toHaveLength(officeUsers);
    expect(new Set(notices.map((notice) => notice.userId)).size).toBe(officeUsers);
    for (const notice of notices) expect(notice.emails).toHaveLength(1);
  });
});

describe('the one write statement (applyQuarterlyReportChange)', () => {
  it('writes nothing — no change, no audit entry, no notice — unless id, version, state and förbund all match', async () => {
    const { t } = signedIn;
    const db = t.db.prisma;
    const other = await createOtherFederation(t.db);
    const office = await db.user.findFirstOrThrow({
      where: { email: 'kansli@demo.se' },
      select: { id: true, email: true, federationId: true },
    });
    const report = await db.quarterlyReport.create({
      data: {
        interventionId: knivstaId,
        year: 2024,
        quarter: 4,
        status: 'DRAFT',
        dueDate: new Date('2025-01-31T00:00:00Z'),
        answers: {},
        version: 3,
      },
      select: { id: true },
    });
    const now = new Date('2026-12-02T10:00:00.123Z');
    const write = (where: {
      version?: number;
      statuses?: ('DRAFT' | 'RETURNED' | 'SUBMITTED')[];
      federationId?: string;
    }) =>
      applyQuarterlyReportChange(
        db,
        {
          id: report.id,
          version: where.version ?? 3,
          statuses: where.statuses ?? ['DRAFT', 'RETURNED'],
          federationId: where.federationId ?? office.federationId,
        },
        { comment: 'Ny kommentar', submittedAt: now, submittedById: office.id },
        {
          audit: {
            user: office,
            action: 'update',
            entity: 'QuarterlyReport',
            entityId: report.id,
            before: { version: 3 },
            after: { version: 4, at: now },
          },
          notices: [
            {
              notification: {
                federationId: office.federationId,
                userId: office.id,
                kind: 'REPORT_SUBMITTED',
                title: 'Titel',
                body: 'Rad',
                link: '/insatser',
                reportId: report.id,
                createdAt: now,
              },
              email: {
                federationId: office.federationId,
                toAddress: office.email,
                toName: 'Kansliet',
                subject: 'Titel',
                text: 'Text',
                html: '<p>Text</p>',
                createdAt: now,
              },
            },
          ],
        },
      );
    const written = () =>
      Promise.all([
        db.quarterlyReport.findUniqueOrThrow({
          where: { id: report.id },
          select: { version: true, comment: true },
        }),
        db.auditEntry.count({ where: { entityId: report.id } }),
        db.notification.count({ where: { reportId: report.id } }),
        db.emailMessage.count({ where: { notification: { reportId: report.id } } }),
      ]);

    expect(await write({ version: 2 })).toBeNull(); // stale
    expect(await write({ statuses: ['SUBMITTED'] })).toBeNull(); // a state the action does not allow
    expect(await write({ federationId: other.federationId })).toBeNull(); // another förbund's user
    expect(await written()).toEqual([{ version: 3, comment: null }, 0, 0, 0]);

    const row = await write({});
    expect(row).toMatchObject({
      id: report.id,
      status: 'DRAFT',
      version: 4,
      comment: 'Ny kommentar',
      submittedAt: now,
      submittedById: office.id,
      dueDate: new Date('2025-01-31T00:00:00Z'),
      answers: {},
    });
    expect(await written()).toEqual([{ version: 4, comment: 'Ny kommentar' }, 1, 1, 1]);
    const [entry] = await auditEntriesFor(t.db, 'QuarterlyReport', report.id);
    expect(entry).toMatchObject({
      action: 'update',
      userEmail: 'kansli@demo.se',
      before: { version: 3 },
      after: { version: 4, at: '2026-12-02T10:00:00.123Z' },
    });
    const mail = await db.emailMessage.findFirstOrThrow({
      where: { notification: { reportId: report.id } },
      select: { status: true, nextAttemptAt: true, toAddress: true },
    });
    expect(mail).toEqual({ status: 'QUEUED', nextAttemptAt: now, toAddress: 'kansli@demo.se' });
    // The version moved on: the same write again is stale.
    expect(await write({})).toBeNull();
    expect(await written()).toEqual([{ version: 4, comment: 'Ny kommentar' }, 1, 1, 1]);
  });
});
