import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '@finsam/domain';
import { createApp } from '../app.ts';
import { interventionId } from '../test-support/other-federation.ts';
import { createTestApp } from '../test-support/test-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
const lines: Record<string, unknown>[] = [];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestApp();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line));
      done();
    },
  });
  app = createApp({
    prisma: t.db.prisma,
    logger: pino({ level: 'info' }, sink),
    production: false,
  });
});
afterAll(async () => {
  await t.close();
});

describe('request logs', () => {
  it('write one line per request with user, route, status and time, and never a cookie, token or password', async () => {
    const login = await request(app)
      .post('/api/auth/login')
      .send({ email: 'kansli@demo.se', password: 'demo1234' })
      .expect(200);
    const cookie = String(login.headers['set-cookie']?.[0]).split(';')[0]!;
    const csrfToken = login.body.csrfToken as string;
    const id = await interventionId(t.db, 'regexpro');
    await request(app)
      .get(`/api/interventions/${id}/budgets?x=1`)
      .set('Cookie', cookie)
      .set(CSRF_HEADER, csrfToken)
      .expect(200);
    await request(app)
      .put(`/api/interventions/${id}/budgets/2024`)
      .set('Cookie', cookie)
      .set(CSRF_HEADER, csrfToken)
      .send({ amountKronor: 1, version: 99 })
      .expect(409);
    await request(app).get('/api/finns-inte').expect(404);

    const requestLines = lines.filter((line) => line.req !== undefined);
    expect(requestLines).toHaveLength(4);
    const officeId = (
      await t.db.prisma.user.findFirstOrThrow({ where: { email: 'kansli@demo.se' } })
    ).id;
    const [loginLine, readLine, conflictLine, unknownLine] = requestLines;
    expect(loginLine).toMatchObject({
      route: '/api/auth/login',
      userId: null,
      res: { statusCode: 200 },
    });
    expect(readLine).toMatchObject({
      level: 30,
      userId: officeId,
      route: '/api/interventions/:id/budgets',
      req: { method: 'GET', url: `/api/interventions/${id}/budgets` },
      res: { statusCode: 200 },
    });
    expect(readLine?.responseTime).toEqual(expect.any(Number));
    expect(conflictLine).toMatchObject({
      level: 40,
      userId: officeId,
      route: '/api/interventions/:id/budgets/:year',
      res: { statusCode: 409 },
    });
    expect(unknownLine).toMatchObject({ route: null, res: { statusCode: 404 } });

    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(csrfToken);
    expect(everything).not.toContain(cookie.split('=')[1]);
    expect(everything).not.toContain('demo1234');
    expect(everything).not.toMatch(/cookie/i);
  });
});
