import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('rate-limits repeated failures for one e-mail address with 429', async () => {
    const attempt = () =>
      request(t.app).post('/api/auth/login').send({ email: 'admin@demo.se', password: 'gissning' });
    for (let i = 0; i < 10; i++) await attempt().expect(401);
    const response = await attempt().expect(429);
    expect(response.body.error.message).toBe('För många försök. Vänta en stund och försök igen.');
  });

  it('refuses a login posted from another site', async () => {
    await request(t.app)
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: 'kansli@demo.se', password: 'demo1234' })
      .expect(403);
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
