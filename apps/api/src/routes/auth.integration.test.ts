import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp, signIn } from '../test-support/test-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/auth/login', () => {
  it('opens a session in an httpOnly, SameSite=Strict cookie and returns the user and a CSRF token', async () => {
    const response = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'Knivsta@Demo.se ', password: 'demo1234' })
      .expect(200);
    const cookie = String(response.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/^finsam_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(response.body.user).toMatchObject({
      email: 'knivsta@demo.se',
      role: 'LEAD',
      federationName: 'Samordningsförbundet Uppsala län',
    });
    expect(response.body.user.interventionIds).toHaveLength(1);
    expect(response.body.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('answers 401 with one Swedish message for a wrong password or an unknown user', async () => {
    for (const body of [
      { email: 'kansli@demo.se', password: 'fel-lösenord' },
      { email: 'ingen@demo.se', password: 'demo1234' },
    ]) {
      const response = await request(t.app).post('/api/auth/login').send(body).expect(401);
      expect(response.body).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Fel e-postadress eller lösenord.' },
      });
    }
  });

  it('answers 400 with a Swedish message per field for invalid input', async () => {
    const response = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'inte-en-adress', password: '' })
      .expect(400);
    expect(response.body.error.code).toBe('VALIDATION');
    expect(response.body.error.fields).toEqual([
      { path: 'body.email', message: 'Ange en giltig e-postadress, t.ex. namn@kommun.se.' },
      { path: 'body.password', message: 'Ange ditt lösenord.' },
    ]);
  });

  it('checks at most 10 of 25 parallel wrong passwords (one account, one address); the rest wait (429, Retry-After)', async () => {
    const attempt = (password: string, address: string) =>
      request(t.app)
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ email: 'admin@demo.se', password });
    // The clock stands still during the burst: on a loaded machine the 25 attempts can take longer
    // than the 1 s delay after the 10th failure, and an attempt claimed after that has passed is
    // rightly checked again. Only Date is frozen; I/O and timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => attempt('gissning', '203.0.113.7')),
    ).finally(() => vi.useRealTimers());
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const waited = responses.find((r) => r.status === 429)!;
    // 1 s after the 10th failure; a request that queued before it may be told 2 s.
    expect(['1', '2']).toContain(waited.headers['retry-after']);
    expect(waited.body.error.message).toMatch(
      /^För många misslyckade inloggningar\. Vänta [12] sekunde?r? och försök igen\.$/,
    );
    const throttle = await t.db.prisma.loginThrottle.findUniqueOrThrow({
      where: { key: 'login:pair:admin@demo.se|203.0.113.7' },
    });
    expect(throttle.failures).toBe(10);

    // The attacker cannot lock the real user out: from another address the password works.
    await attempt('demo1234', '198.51.100.20').expect(200);
    // From the attacked address too, once the (growing, not endless) delay has passed.
    await t.db.prisma.loginThrottle.update({
      where: { key: 'login:pair:admin@demo.se|203.0.113.7' },
      data: { nextAttemptAt: new Date(Date.now() + 60_000) },
    });
    await attempt('demo1234', '203.0.113.7').expect(429);
    await t.db.prisma.loginThrottle.update({
      where: { key: 'login:pair:admin@demo.se|203.0.113.7' },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    await attempt('demo1234', '203.0.113.7').expect(200);
    expect(
      await t.db.prisma.loginThrottle.count({
        where: { key: 'login:pair:admin@demo.se|203.0.113.7' },
      }),
    ).toBe(0);
  });

  it('doubles the delay with each further failure after the free ones', async () => {
    const key = 'login:pair:styrelse@demo.se|203.0.113.9';
    const fail = () =>
      request(t.app)
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.9')
        .send({ email: 'styrelse@demo.se', password: 'gissning' });
    for (let i = 0; i < 10; i++) await fail().expect(401);
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await t.db.prisma.loginThrottle.update({
        where: { key },
        data: { nextAttemptAt: new Date(Date.now() - 1) },
      });
      const before = Date.now();
      await fail().expect(401);
      const row = await t.db.prisma.loginThrottle.findUniqueOrThrow({ where: { key } });
      delays.push(Math.round((row.nextAttemptAt.getTime() - before) / 1000));
    }
    expect(delays).toEqual([2, 4, 8]);
  });

  it('puts logins, logouts and failed logins of an account in its förbund’s audit trail', async () => {
    const user = await t.db.prisma.user.findFirstOrThrow({ where: { email: 'kansli@demo.se' } });
    const since = new Date();
    await request(t.app)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.44')
      .send({ email: 'kansli@demo.se', password: 'fel-igen' })
      .expect(401);
    const client = await signIn(t.app, 'kansli@demo.se');
    await client.post('/api/auth/logout').expect(204);
    const entries = await t.db.prisma.auditEntry.findMany({
      where: { entity: 'Login', entityId: user.id, at: { gte: since } },
      orderBy: { at: 'asc' },
      select: { action: true, userId: true, userEmail: true, after: true, federationId: true },
    });
    expect(entries.map((e) => [e.action, e.userId])).toEqual([
      ['login-failed', null],
      ['login', user.id],
      ['logout', user.id],
    ]);
    expect(entries[0]!.after).toEqual({ reason: 'wrong-password', address: '192.0.2.44' });
    expect(entries.every((e) => e.federationId === user.federationId)).toBe(true);
    expect(entries.every((e) => e.userEmail === 'kansli@demo.se')).toBe(true);
  });

  it('refuses a login posted from another site: scheme, host and port must all match', async () => {
    const post = (origin: string) =>
      request(t.app)
        .post('/api/auth/login')
        .set('Host', 'finsam.example:3000')
        .set('Origin', origin)
        .send({ email: 'kansli@demo.se', password: 'demo1234' });
    await post('https://evil.example').expect(403);
    await post('https://finsam.example:3000').expect(403);
    await post('http://finsam.example:4000').expect(403);
    await post('http://finsam.example:3000').expect(200);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers 401 without a session and the user with one', async () => {
    await request(t.app).get('/api/auth/me').expect(401);
    const client = await signIn(t.app, 'styrelse@demo.se');
    const me = await client.get('/api/auth/me').expect(200);
    expect(me.body.user.role).toBe('BOARD');
    expect(me.body.csrfToken).toBe(client.csrfToken);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await signIn(t.app, 'kansli@demo.se');
    const response = await request(t.app)
      .post('/api/auth/logout')
      .set('Cookie', client.cookie)
      .expect(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
  });

  it('a new login in the same browser ends its earlier session', async () => {
    const first = await signIn(t.app, 'styrelse@demo.se');
    const second = await request(t.app)
      .post('/api/auth/login')
      .set('Cookie', first.cookie)
      .set('X-CSRF-Token', first.csrfToken)
      .send({ email: 'kansli@demo.se', password: 'demo1234' })
      .expect(200);
    expect(second.body.user.email).toBe('kansli@demo.se');
    await first.get('/api/auth/me').expect(401);
  });

  it('logout ends the session in the database', async () => {
    const client = await signIn(t.app, 'kansli@demo.se');
    await client.post('/api/auth/logout').expect(204);
    await client.get('/api/auth/me').expect(401);
  });

  it('sets security headers and never leaks internals on unknown routes', async () => {
    const response = await request(t.app).get('/api/finns-inte').expect(404);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['permissions-policy']).toContain('camera=()');
    expect(response.body).toEqual({
      error: { code: 'NOT_FOUND', message: 'Adressen finns inte i API:t.' },
    });
  });

  it('sends HSTS and upgrade-insecure-requests only in production, where TLS is in front', async () => {
    const development = await request(t.app).get('/api/finns-inte');
    expect(development.headers['strict-transport-security']).toBeUndefined();
    expect(development.headers['content-security-policy']).not.toContain(
      'upgrade-insecure-requests',
    );

    const production = createApp({
      prisma: t.db.prisma,
      logger: pino({ level: 'silent' }),
      production: true,
    });
    const response = await request(production).get('/api/finns-inte');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('sets a Secure session cookie in production', async () => {
    const production = createApp({
      prisma: t.db.prisma,
      logger: pino({ level: 'silent' }),
      production: true,
    });
    const response = await request(production)
      .post('/api/auth/login')
      .send({ email: 'styrelse@demo.se', password: 'demo1234' })
      .expect(200);
    expect(String(response.headers['set-cookie']?.[0])).toContain('Secure');
  });

  it('answers 413 for a body over the size limit', async () => {
    const response = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'kansli@demo.se', password: 'x'.repeat(300_000) })
      .expect(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
