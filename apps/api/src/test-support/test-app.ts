import { pino } from 'pino';
import request from 'supertest';
import { inject } from 'vitest';
import { createTestDatabase } from '@finsam/db/testing';
import type { TTestDatabase } from '@finsam/db/testing';
import { DEMO_PASSWORD } from '@finsam/db/seed';
import { CSRF_HEADER } from '@finsam/domain';
import { createApp } from '../app.ts';

export interface TTestApp {
  app: ReturnType<typeof createApp>;
  db: TTestDatabase;
  close: () => Promise<void>;
}

/**
 * The real app on a real, freshly cloned and seeded database (PGlite, or PostgreSQL when
 * TEST_DATABASE=postgres). One per test file: call in beforeAll, close in afterAll.
 */
export async function createTestApp(): Promise<TTestApp> {
  const db = await createTestDatabase(inject('dbTemplate'));
  const app = createApp({
    prisma: db.prisma,
    logger: pino({ level: 'silent' }),
    production: false,
  });
  return { app, db, close: db.close };
}

export interface TSignedInClient {
  csrfToken: string;
  cookie: string;
  get: (url: string) => request.Test;
  post: (url: string, body?: object) => request.Test;
  put: (url: string, body?: object) => request.Test;
  patch: (url: string, body?: object) => request.Test;
  delete: (url: string) => request.Test;
}

/** Logs in as a demo user (password demo1234) and returns a client sending cookie and CSRF token. */
export async function signIn(app: TTestApp['app'], email: string): Promise<TSignedInClient> {
  const response = await request(app)
    .post('/api/auth/login')
    .send({ email, password: DEMO_PASSWORD })
    .expect(200);
  const cookie = String(response.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const csrfToken = response.body.csrfToken as string;
  const withAuth = (test: request.Test) => test.set('Cookie', cookie).set(CSRF_HEADER, csrfToken);
  return {
    csrfToken,
    cookie,
    get: (url) => withAuth(request(app).get(url)),
    post: (url, body) => withAuth(request(app).post(url)).send(body ?? {}),
    put: (url, body) => withAuth(request(app).put(url)).send(body ?? {}),
    patch: (url, body) => withAuth(request(app).patch(url)).send(body ?? {}),
    delete: (url) => withAuth(request(app).delete(url)),
  };
}
