import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZAuditPage } from '@finsam/domain';
import { createOtherFederation, interventionId } from '../test-support/other-federation.ts';
import type { TOtherFederation } from '../test-support/other-federation.ts';
import { useSignedInApp } from '../test-support/signed-in-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';

const signedIn = useSignedInApp();

let t: TTestApp;
let office: TSignedInClient;
let board: TSignedInClient;
let lead: TSignedInClient;
let admin: TSignedInClient;
let other: TOtherFederation;
let jobbcentrumId: string;
let officeUserId: string;

beforeAll(async () => {
  ({ t, office, board, lead, admin } = signedIn);
  // Logins are audited too (auth.integration.test.ts); this file counts the writes below only.
  await t.db.prisma.auditEntry.deleteMany({ where: { entity: 'Login' } });
  other = await createOtherFederation(t.db);
  jobbcentrumId = await interventionId(t.db, 'jobbcentrum');
  officeUserId = (await t.db.prisma.user.findFirstOrThrow({ where: { email: 'kansli@demo.se' } }))
    .id;
  // Three writes through the API: two budget changes and one outcome.
  const first = await office
    .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, {
      amountKronor: 2_600_000,
      version: 0,
    })
    .expect(200);
  await office
    .put(`/api/interventions/${jobbcentrumId}/budgets/2024`, {
      amountKronor: 2_652_000,
      version: first.body.version,
    })
    .expect(200);
  await office
    .post(`/api/interventions/${jobbcentrumId}/outcomes`, {
      period: '2024Q3',
      amountKronor: 400_000,
    })
    .expect(201);
});

describe('GET /api/audit', () => {
  it('shows who changed what and when, newest first, with before and after', async () => {
    const response = await office.get('/api/audit').expect(200);
    const page = ZAuditPage.parse(response.body);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(page.entries.map((e) => `${e.entity}:${e.action}`)).toEqual([
      'Outcome:create',
      'AnnualBudget:update',
      'AnnualBudget:update',
    ]);
    const [, latestBudget, firstBudget] = page.entries;
    expect(latestBudget).toMatchObject({
      userId: officeUserId,
      userEmail: 'kansli@demo.se',
      before: { originalKronor: 2_600_000, version: 1 },
      after: { originalKronor: 2_652_000, version: 2 },
    });
    expect(firstBudget?.before).toMatchObject({ originalKronor: 2_652_000, version: 0 });
    expect(Date.parse(page.entries[0]!.at)).toBeGreaterThanOrEqual(Date.parse(page.entries[2]!.at));
    // Another förbund's trail stays out.
    expect(page.entries.map((e) => e.entityId)).not.toContain(other.interventionId);
  });

  it('filters by entity, entity id, user and dates, and pages', async () => {
    const budgets = ZAuditPage.parse(
      (await office.get('/api/audit?entity=AnnualBudget').expect(200)).body,
    );
    expect(budgets.total).toBe(2);
    const budgetId = budgets.entries[0]!.entityId;
    expect((await office.get(`/api/audit?entityId=${budgetId}`).expect(200)).body.total).toBe(2);
    expect((await office.get(`/api/audit?userId=${officeUserId}`).expect(200)).body.total).toBe(3);
    const paged = ZAuditPage.parse(
      (await office.get('/api/audit?pageSize=1&page=2').expect(200)).body,
    );
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.entries).toHaveLength(1);
    expect(paged.entries[0]).toMatchObject({
      entity: 'AnnualBudget',
      after: { originalKronor: 2_652_000 },
    });
    const today = new Date().toISOString().slice(0, 10);
    expect((await office.get(`/api/audit?from=${today}&to=${today}`).expect(200)).body.total).toBe(
      3,
    );
    expect((await office.get('/api/audit?to=2020-01-01').expect(200)).body.total).toBe(0);
    // Another förbund's entries are not found even by their id.
    expect(
      (await office.get(`/api/audit?entityId=${other.interventionId}`).expect(200)).body.total,
    ).toBe(0);
  });

  it('answers 400 with Swedish messages for bad filters', async () => {
    const response = await office
      .get('/api/audit?from=2024-05-01&to=2024-04-01&pageSize=500')
      .expect(400);
    // Every problem at once: the field rule and the rule across fields.
    expect(response.body.error.fields).toEqual([
      { path: 'query.pageSize', message: 'Ange 1–200 per sida.' },
      { path: 'query.to', message: 'Slutdatumet kan inte vara före startdatumet.' },
    ]);
    const dates = await office.get('/api/audit?from=2024-05-01&to=2024-04-01').expect(400);
    expect(dates.body.error.fields).toEqual([
      { path: 'query.to', message: 'Slutdatumet kan inte vara före startdatumet.' },
    ]);
    const page = await office.get('/api/audit?page=0&from=1-2-3').expect(400);
    expect(page.body.error.fields).toContainEqual({
      path: 'query.from',
      message: 'Ange datumet som ÅÅÅÅ-MM-DD.',
    });
    expect(page.body.error.fields).toContainEqual({
      path: 'query.page',
      message: 'Sidnumret börjar på 1.',
    });
  });

  it('is for the office only: 403 for board, lead and admin, 401 without a session', async () => {
    await board.get('/api/audit').expect(403);
    await lead.get('/api/audit').expect(403);
    await admin.get('/api/audit').expect(403);
    await request(t.app).get('/api/audit').expect(401);
  });
});
