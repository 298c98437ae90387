import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  GOAL_STATUS_REPORT_STATUSES,
  ZDashboardOverview,
  ZQuarterlyReport,
  ZReportStatus,
} from '@finsam/domain';
import type { TDashboardOverview } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';

/*
 * Överblick's whole answer, as the board and the office get it, is cached in the database
 * (decision 019) under the förbund's data version, which triggers bump in the same transaction as
 * every write to an input. Each write below is followed at once by a read: the answer must show
 * it, and equal the answer computed with both caches emptied. (The inputs the trend's points share
 * — utfall, budgets, participant figures, … — are written in dashboard-trend-cache's tests, whose
 * reads go through this cache too.)
 */

const app = useSignedInApp();
const URL = '/api/dashboard?period=2024H1';

async function text(url = URL): Promise<string> {
  return (await app.board.get(url).expect(200)).text;
}

async function overview(): Promise<TDashboardOverview> {
  return ZDashboardOverview.parse(JSON.parse(await text()));
}

/** The same request with the answer and trend caches emptied: computed from the rows. */
async function fromScratch(url = URL): Promise<string> {
  await app.t.db.prisma.dashboardAnswer.deleteMany({});
  await app.t.db.prisma.dashboardTrendPoint.deleteMany({});
  return text(url);
}

const stored = () =>
  app.t.db.prisma.dashboardAnswer.findMany({
    select: { scope: true, period: true, version: true, body: true },
  });

async function version(): Promise<number> {
  const federationId = (await overview()).federation.id;
  return (await app.t.db.prisma.dashboardDataVersion.findUniqueOrThrow({ where: { federationId } }))
    .version;
}

describe('the cached Överblick answer', () => {
  it('is stored once computed and served unchanged; the office gets the same text, a lead’s is never stored', async () => {
    await app.t.db.prisma.dashboardAnswer.deleteMany({});
    const first = await text();
    expect(await stored()).toEqual([
      { scope: '', period: '2024H1', version: await version(), body: first },
    ]);
    expect(await text()).toBe(first);
    expect((await app.office.get(URL).expect(200)).text).toBe(first);
    expect(await fromScratch()).toBe(first);

    // The default period is its own entry ('').
    const newest = await text('/api/dashboard');
    expect((await stored()).map((row) => row.period).sort()).toEqual(['', '2024H1']);
    expect(await fromScratch('/api/dashboard')).toBe(newest);

    // A period without data, or a month (not in the picker), is computed and not stored.
    const periods = async () => (await stored()).map((row) => row.period).sort();
    const kept = await periods();
    await text('/api/dashboard?period=2030H1');
    await text('/api/dashboard?period=2024-03');
    expect(await periods()).toEqual(kept);

    // A lead's answer withholds the answers of interventions not assigned to them: computed
    // for them each time, never stored, never served to them from the board's entry.
    const before = await stored();
    const lead = ZDashboardOverview.parse((await app.lead.get(URL).expect(200)).body);
    expect(lead.interventions.some((i) => i.goalStatus?.answersWithheld)).toBe(true);
    expect(JSON.parse(first).interventions.some((i: { goalStatus: unknown }) => i.goalStatus)).toBe(
      true,
    );
    expect(await stored()).toEqual(before);
  });

  it('is sent as its stored gzip to a client that accepts gzip, as its text to one that does not', async () => {
    await app.t.db.prisma.dashboardAnswer.deleteMany({});
    const computed = await app.board.get(URL).expect(200);
    const [row] = await app.t.db.prisma.dashboardAnswer.findMany({
      select: { body: true, bodyGzip: true },
    });
    expect(gunzipSync(row!.bodyGzip!).toString('utf8')).toBe(row!.body);
    // A hit: the stored bytes as they are (supertest asks for gzip and decompresses).
    const hit = await app.board.get(URL).expect(200);
    expect(hit.headers['content-encoding']).toBe('gzip');
    expect(hit.headers['vary']).toMatch(/Accept-Encoding/);
    expect(hit.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(hit.headers['content-length'])).toBe(row!.bodyGzip!.length);
    expect(hit.text).toBe(computed.text);
    const plain = await app.board.get(URL).set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(row!.body);
  });

  it('a report the office reopens through the API shows at once', async () => {
    const prisma = app.t.db.prisma;
    const before = await overview();
    const approved = before.interventions.find((i) => i.goalStatus?.reportStatus === 'APPROVED');
    const reportId = approved!.goalStatus!.reportId!;
    const { version: reportVersion } = await prisma.quarterlyReport.findUniqueOrThrow({
      where: { id: reportId },
      select: { version: true },
    });
    const reopened = await app.office
      .post(`/api/reports/${reportId}/reopen`, { version: reportVersion, reason: 'Komplettera.' })
      .expect(200);
    const status = ZQuarterlyReport.parse(reopened.body).status;
    expect(status).not.toBe('APPROVED');
    const afterText = await text();
    const after = ZDashboardOverview.parse(JSON.parse(afterText));
    expect(after.interventions.find((i) => i.id === approved!.id)!.goalStatus).toMatchObject({
      reportId,
      reportStatus: status,
    });
    expect(afterText).toBe(await fromScratch());
  });

  it('the förbund’s targets, results, economic plan, name and submitted reports written to the tables', async () => {
    const prisma = app.t.db.prisma;
    const federationId = (await overview()).federation.id;
    const planId = (await overview()).headroom!.planId;
    // [what, the write, the part of the answer it changes]
    const writes: [string, () => Promise<unknown>, (o: TDashboardOverview) => unknown][] = [
      [
        'a target',
        () =>
          prisma.federationTarget.updateMany({
            where: { federationId, year: 2024 },
            data: { value: { increment: 1 } },
          }),
        (o) => o.targets,
      ],
      [
        'a förbund-level result',
        () =>
          prisma.federationMetric.updateMany({
            where: { federationId, period: '2024H1' },
            data: { value: { increment: 1 } },
          }),
        (o) => o.targets,
      ],
      [
        'an amount of the economic plan',
        () =>
          prisma.planAmount.updateMany({
            where: { line: { planId } },
            data: { amountKronor: { increment: 1_000 } },
          }),
        (o) => o.headroom,
      ],
      [
        'the förbund’s name',
        () =>
          prisma.federation.update({
            where: { id: federationId },
            data: { name: 'Samordningsförbundet Uppsala län (nytt namn)' },
          }),
        (o) => o.federation,
      ],
      [
        'a submitted report taken back to draft',
        async () => {
          const o = await overview();
          const reportId = o.interventions.find((i) => i.goalStatus?.reportId)!.goalStatus!
            .reportId!;
          await prisma.quarterlyReport.update({
            where: { id: reportId },
            data: { status: 'DRAFT' },
          });
        },
        (o) => o.interventions,
      ],
    ];
    for (const [what, write, part] of writes) {
      const before = await overview();
      const was = await version();
      await write();
      expect(await version(), what).toBeGreaterThan(was);
      const afterText = await text();
      const after = ZDashboardOverview.parse(JSON.parse(afterText));
      expect(part(after), what).not.toEqual(part(before));
      expect(afterText, what).toBe(await fromScratch());
    }
  });

  it('a report bumps the version exactly when its status counts for goal status (the domain’s rule, spelled again in the trigger)', async () => {
    const prisma = app.t.db.prisma;
    const report = await prisma.quarterlyReport.findFirstOrThrow({
      where: { intervention: { key: 'en-vag-in-steget-vidare' }, year: 2022, quarter: 2 },
      select: { id: true, status: true },
    });
    const where = { id: report.id };
    for (const status of ZReportStatus.options) {
      await prisma.quarterlyReport.update({ where, data: { status: 'DRAFT' } });
      const was = await version();
      await prisma.quarterlyReport.update({ where, data: { status } });
      const bumped = (await version()) > was;
      expect(bumped, status).toBe(GOAL_STATUS_REPORT_STATUSES.includes(status));
    }
    await prisma.quarterlyReport.update({ where, data: { status: report.status } });
  });

  it('a lead’s draft save changes no dashboard and bumps no version', async () => {
    const id = await interventionId(app.t.db, 'en-vag-in-steget-vidare');
    const created = await app.lead
      .post(`/api/interventions/${id}/reports`, { year: 2024, quarter: 4 })
      .expect(201);
    const report = ZQuarterlyReport.parse(created.body);
    const before = await text();
    const was = await version();
    await app.lead
      .patch(`/api/reports/${report.id}`, {
        version: report.version,
        answers: { goalPhase: { value: 'Nej' } },
      })
      .expect(200);
    expect(await version()).toBe(was);
    expect(await text()).toBe(before);
  });

  it('an answer stored at an older version or by another revision of the code is never served', async () => {
    const prisma = app.t.db.prisma;
    const real = await fromScratch();
    await text();
    const where = { scope: '', period: '2024H1' };
    // A request that read the version before a write committed stores its answer under the old
    // version.
    await prisma.dashboardAnswer.updateMany({
      where,
      data: { version: { decrement: 1 }, body: '{"bogus":true}' },
    });
    expect(await text()).toBe(real);
    // The same version, computed by code that has since changed (a deploy).
    await prisma.dashboardAnswer.updateMany({
      where,
      data: { revision: 'an-older-revision', body: '{"bogus":true}' },
    });
    expect(await text()).toBe(real);
    expect(await stored()).toContainEqual(expect.objectContaining({ ...where, body: real }));
  });
});

describe('the cached Kommun answer (decision 024)', () => {
  async function knivsta() {
    const federationId = (await overview()).federation.id;
    return app.t.db.prisma.member.findFirstOrThrow({
      where: { federationId, key: 'knivsta' },
      select: { id: true, name: true },
    });
  }

  const storedKommun = async () =>
    (await stored()).filter((row) => row.scope.startsWith('member:'));

  it('is stored per member as asked, for the board and the office alike; a lead’s and a 404 never', async () => {
    const prisma = app.t.db.prisma;
    await prisma.dashboardAnswer.deleteMany({});
    const member = await knivsta();
    const byId = `/api/municipalities/${member.id}/dashboard?period=2024H1`;
    const first = await text(byId);
    expect(await storedKommun()).toEqual([
      { scope: `member:${member.id}`, period: '2024H1', version: await version(), body: first },
    ]);
    expect(await text(byId)).toBe(first);
    expect((await app.office.get(byId).expect(200)).text).toBe(first);
    // The key names the same member: its own entry, the same text.
    expect(await text('/api/municipalities/knivsta/dashboard?period=2024H1')).toBe(first);
    expect((await storedKommun()).map((row) => row.scope).sort()).toEqual(
      ['member:knivsta', `member:${member.id}`].sort(),
    );
    expect(await fromScratch(byId)).toBe(first);

    const kept = await storedKommun();
    await app.lead.get(byId).expect(200);
    await app.board.get('/api/municipalities/finns-inte/dashboard?period=2024H1').expect(404);
    expect(await storedKommun()).toEqual(kept);
  });

  it('an utfall and a member’s new name written to the tables show at once', async () => {
    const prisma = app.t.db.prisma;
    const member = await knivsta();
    const url = `/api/municipalities/${member.id}/dashboard?period=2024H1`;
    const before = await text(url);
    const outcome = await prisma.outcome.findFirstOrThrow({
      where: { period: '2024H1', intervention: { ownerId: member.id } },
      select: { id: true },
    });
    await prisma.outcome.update({
      where: { id: outcome.id },
      data: { amountKronor: { increment: 125_000 } },
    });
    const afterOutcome = await text(url);
    expect(afterOutcome).not.toBe(before);
    expect(afterOutcome).toBe(await fromScratch(url));

    await prisma.member.update({ where: { id: member.id }, data: { name: `${member.name} (ny)` } });
    const renamed = JSON.parse(await text(url)) as { member: { name: string } };
    expect(renamed.member.name).toBe(`${member.name} (ny)`);
    expect(JSON.stringify(renamed)).toBe(await fromScratch(url));
  });
});
