import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZInterventionDetail } from '@finsam/domain';
import { interventionId } from '../test-support/other-federation.ts';
import { signIn } from '../test-support/test-app.ts';
import type { TSignedInClient, TTestApp } from '../test-support/test-app.ts';
import { createTestApp } from '../test-support/test-app.ts';

/*
 * Issue 11: on the embedded database, concurrent requests got each other's answers (the wrong
 * user from /auth/me, another intervention from GET /interventions/X, a lead reading a report
 * that is not theirs, 500s). Here several sessions of different roles work at once — office
 * sessions saving interventions with versions while the board, a lead and the admin read — and
 * every answer must belong to its own session and its own object. Bounded loops, no timings.
 */

const ROUNDS = 8;

let t: TTestApp;
let server: Server;

interface TCheck {
  who: string;
  what: string;
  status: number;
  problem?: string;
}
const checks: TCheck[] = [];

/** Records one answer; `problem` set means the answer was wrong (checked after all finish). */
function record(who: string, what: string, status: number, problem?: string) {
  checks.push({ who, what, status, ...(problem ? { problem } : {}) });
}

async function expectMe(client: TSignedInClient, who: string, email: string) {
  const response = await client.get('/api/auth/me');
  const got = response.body?.user?.email;
  record(
    who,
    'GET /api/auth/me',
    response.status,
    response.status !== 200 || got !== email ? `got ${response.status} ${String(got)}` : undefined,
  );
}

async function expectIntervention(client: TSignedInClient, who: string, id: string) {
  const response = await client.get(`/api/interventions/${id}`);
  const parsed = ZInterventionDetail.safeParse(response.body);
  const got = response.body?.id;
  record(
    who,
    `GET /api/interventions/${id}`,
    response.status,
    response.status !== 200 || got !== id || !parsed.success
      ? `got ${response.status} ${String(got)}${parsed.success ? '' : ` not a detail: ${parsed.error.issues[0]?.path.join('.')}`}`
      : undefined,
  );
  return parsed.success && got === id ? parsed.data : undefined;
}

async function expectStatus(client: TSignedInClient, who: string, url: string, status: number) {
  const response = await client.get(url);
  record(
    who,
    `GET ${url}`,
    response.status,
    response.status !== status ? `expected ${status}, got ${response.status}` : undefined,
  );
  return response;
}

/** An office session saving its own intervention over and over, each save on the version it read. */
async function officeWriter(client: TSignedInClient, who: string, id: string, rounds = ROUNDS) {
  for (let round = 0; round < rounds; round++) {
    const before = await expectIntervention(client, who, id);
    if (!before) continue;
    const source = `Samtidighetstest ${who} varv ${round}`;
    const response = await client.patch(`/api/interventions/${id}`, {
      version: before.version,
      source,
      // Replacing a list makes the save a multi-statement transaction.
      aliases: before.aliases,
    });
    const body = response.body ?? {};
    record(
      who,
      `PATCH /api/interventions/${id}`,
      response.status,
      response.status !== 200 ||
        body.id !== id ||
        body.source !== source ||
        body.version !== before.version + 1
        ? `got ${response.status} id=${String(body.id)} source=${String(body.source)} version=${String(body.version)}`
        : undefined,
    );
    await expectMe(client, who, 'kansli@demo.se');
  }
}

beforeAll(async () => {
  t = await createTestApp();
  server = createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

describe('several sessions of different roles at once', () => {
  it('answers every request for its own session and object, keeps every rule, never a 5xx', async () => {
    const app = server as unknown as TTestApp['app'];
    const [officeA, officeB, board, lead, admin] = [
      await signIn(app, 'kansli@demo.se'),
      await signIn(app, 'kansli@demo.se'),
      await signIn(app, 'styrelse@demo.se'),
      await signIn(app, 'knivsta@demo.se'),
      await signIn(app, 'admin@demo.se'),
    ];
    const knivsta = await interventionId(t.db, 'en-vag-in-steget-vidare');
    const jobbcentrum = await interventionId(t.db, 'jobbcentrum');
    const regexpro = await interventionId(t.db, 'regexpro');
    const jobbcentrumReport = await t.db.prisma.quarterlyReport.findFirstOrThrow({
      where: { interventionId: jobbcentrum, status: 'APPROVED' },
      select: { id: true },
    });

    await Promise.all([
      officeWriter(officeA, 'kansli A', regexpro),
      officeWriter(officeB, 'kansli B', jobbcentrum),
      (async () => {
        for (let round = 0; round < ROUNDS; round++) {
          await expectMe(board, 'styrelse', 'styrelse@demo.se');
          await expectIntervention(board, 'styrelse', knivsta);
          await expectStatus(board, 'styrelse', '/api/dashboard?period=2024H1', 200);
          await expectIntervention(board, 'styrelse', regexpro);
          await expectStatus(board, 'styrelse', `/api/interventions/${jobbcentrum}/reports`, 200);
        }
      })(),
      (async () => {
        for (let round = 0; round < ROUNDS; round++) {
          await expectMe(lead, 'knivsta', 'knivsta@demo.se');
          await expectStatus(lead, 'knivsta', `/api/interventions/${knivsta}/reports`, 200);
          // Another intervention's reports: never readable by the Knivsta lead.
          await expectStatus(lead, 'knivsta', `/api/interventions/${jobbcentrum}/reports`, 403);
          await expectStatus(lead, 'knivsta', `/api/reports/${jobbcentrumReport.id}`, 403);
          await expectIntervention(lead, 'knivsta', knivsta);
        }
      })(),
      (async () => {
        for (let round = 0; round < ROUNDS; round++) {
          await expectMe(admin, 'admin', 'admin@demo.se');
          await expectStatus(admin, 'admin', '/api/users', 200);
          await expectStatus(admin, 'admin', '/api/interventions', 200);
          // The admin manages accounts, not intervention facts.
          await expectStatus(admin, 'admin', `/api/interventions/${knivsta}`, 403);
        }
      })(),
    ]);

    const wrong = checks.filter((check) => check.problem !== undefined);
    // 20 requests a round when every read succeeds: 160 in all.
    expect(checks.length).toBeGreaterThanOrEqual(ROUNDS * 18);
    expect(checks.filter((check) => check.status >= 500)).toEqual([]);
    expect(wrong).toEqual([]);

    // Every save landed once, on the version it was based on: ROUNDS saves per office session.
    const saved = await t.db.prisma.intervention.findMany({
      where: { id: { in: [regexpro, jobbcentrum] } },
      select: { id: true, source: true },
    });
    expect(Object.fromEntries(saved.map((row) => [row.id, row.source]))).toEqual({
      [regexpro]: `Samtidighetstest kansli A varv ${ROUNDS - 1}`,
      [jobbcentrum]: `Samtidighetstest kansli B varv ${ROUNDS - 1}`,
    });
  });

  it('lets twenty office sessions save at once: no transaction times out, every save lands', async () => {
    const app = server as unknown as TTestApp['app'];
    const rows = await t.db.prisma.intervention.findMany({
      where: { federation: { key: 'uppsala-lan' } },
      orderBy: { key: 'asc' },
      take: 20,
      select: { id: true },
    });
    // Sessions are opened one after another: twenty simultaneous logins of one account from one
    // address are what the login throttle is for (decision 007; auth.integration.test.ts), and
    // the saves below are what this test puts under load.
    const writers: { id: string; who: string; client: TSignedInClient }[] = [];
    for (const [n, row] of rows.entries()) {
      writers.push({
        id: row.id,
        who: `kansli ${n + 1}`,
        client: await signIn(app, 'kansli@demo.se'),
      });
    }
    const before = checks.length;
    // Each round: twenty interactive transactions in flight at once on the one PGlite backend.
    await Promise.all(writers.map(({ client, who, id }) => officeWriter(client, who, id, 2)));
    const answers = checks.slice(before);
    expect(answers.filter((check) => check.status >= 500)).toEqual([]);
    expect(answers.filter((check) => check.problem !== undefined)).toEqual([]);
    const saved = await t.db.prisma.intervention.findMany({
      where: { id: { in: writers.map((w) => w.id) } },
      select: { id: true, source: true },
    });
    expect(Object.fromEntries(saved.map((row) => [row.id, row.source]))).toEqual(
      Object.fromEntries(writers.map((w) => [w.id, `Samtidighetstest ${w.who} varv 1`])),
    );
  });
});
