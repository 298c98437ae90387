import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../services/auth-service.ts';
import { interventionId, yearWithoutBudget } from '../test-support/other-federation.ts';
import { signIn } from '../test-support/test-app.ts';
import { createTestApp } from '../test-support/test-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

// Requests a careless or hostile client can send, and races between two users: each must end in
// a clear 4xx, never a 500, and never a silently lost change.
let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('malformed requests answer 4xx, not 500', () => {
  it('refuses an "Origin: null" write (sandboxed page) with 403', async () => {
    const response = await request(t.app)
      .post('/api/auth/login')
      .set('Origin', 'null')
      .send({ email: 'kansli@demo.se', password: 'demo1234' })
      .expect(403);
    expect(response.body.error.message).toBe(
      'Förfrågan kom från en annan webbplats och avvisades.',
    );
  });

  it('treats a cookie that is not percent-encoding as no session (401)', async () => {
    await request(t.app).get('/api/auth/me').set('Cookie', 'finsam_session=%').expect(401);
  });

  it('answers 400 for a path that is not valid percent-encoding', async () => {
    const client = await signIn(t.app, 'kansli@demo.se');
    const response = await client.get('/api/reports/%E0').expect(400);
    expect(response.body.error.code).toBe('VALIDATION');
  });

  it('answers 400 for an empty ?version= instead of treating it as version 0', async () => {
    const client = await signIn(t.app, 'kansli@demo.se');
    const outcome = await t.db.prisma.outcome.findFirstOrThrow({ select: { id: true } });
    const response = await client.delete(`/api/outcomes/${outcome.id}?version=`).expect(400);
    expect(response.body.error.fields).toEqual([
      { path: 'query.version', message: 'Ange versionen du utgick från (?version=…).' },
    ]);
  });
});

describe('races between two users', () => {
  it('two offices creating the same year budget at once: one wins, the other gets a 4xx, never a 500', async () => {
    const office = await signIn(t.app, 'kansli@demo.se');
    const id = await interventionId(t.db, 'bryggan');
    const year = await yearWithoutBudget(t.db, id);
    const put = () =>
      office.put(`/api/interventions/${id}/budgets/${year}`, { amountKronor: 100_000 });
    const statuses = (await Promise.all([put(), put()])).map((r) => r.status).sort();
    expect(statuses[0]).toBe(201);
    expect([400, 409]).toContain(statuses[1]);
    expect(await t.db.prisma.annualBudget.count({ where: { interventionId: id, year } })).toBe(1);
  });

  it('an approved change of expected participants makes an edit based on the older intervention 409', async () => {
    const office = await signIn(t.app, 'kansli@demo.se');
    const id = await interventionId(t.db, 'ung-framtid');
    const before = await office.get(`/api/interventions/${id}`).expect(200);
    const deviation = await office
      .post(`/api/interventions/${id}/deviations`, {
        kind: 'PARTICIPANT_NUMBER_CHANGED',
        description: 'Styrgruppen föreslår 40 deltagare per år.',
        effect: { expectedCount: 40, expectedKind: 'PER_YEAR' },
      })
      .expect(201);
    await office
      .post(`/api/deviations/${deviation.body.id}/decision`, {
        version: deviation.body.version,
        decision: 'APPROVED',
      })
      .expect(200);
    const stale = await office
      .patch(`/api/interventions/${id}`, { version: before.body.version, expectedParticipants: [] })
      .expect(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const rows = await t.db.prisma.expectedParticipants.findMany({
      where: { interventionId: id, count: 40 },
      select: { kind: true },
    });
    expect(rows).toEqual([{ kind: 'PER_YEAR' }]);
  });
});

describe('sessions and rate limits in the database', () => {
  it('successful logins do not use up the failure budget of an address or an e-mail', async () => {
    for (let i = 0; i < 12; i++) {
      await request(t.app)
        .post('/api/auth/login')
        .send({ email: 'styrelse@demo.se', password: 'demo1234' })
        .expect(200);
    }
  });

  it('renews the cookie when the sliding expiry moves, and deletes ended sessions at the next login', async () => {
    const client = await signIn(t.app, 'styrelse@demo.se');
    const id = hashToken(decodeURIComponent(client.cookie.split('=')[1]!));
    await t.db.prisma.session.update({
      where: { id },
      data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) },
    });
    const me = await client.get('/api/auth/me').expect(200);
    expect(String(me.headers['set-cookie']?.[0])).toMatch(/^finsam_session=.*Expires=/);

    await t.db.prisma.session.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await signIn(t.app, 'kansli@demo.se');
    expect(await t.db.prisma.session.count({ where: { id } })).toBe(0);
  });
});
