import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPrismaClient } from '@finsam/db';
import type { TPrismaClient } from '@finsam/db';
import { createTestDatabase, testDatabaseKind } from '@finsam/db/testing';
import type { TTestDatabase } from '@finsam/db/testing';
import { createApp } from '../app.ts';
import { signIn } from '../test-support/test-app.ts';

/*
 * A database outage (restart, failover, network) answers 503 "försök igen", readiness says the
 * database is down while liveness stays up, and everything works again when it is back — without
 * restarting the API. Runs on the PostgreSQL pass: its test database is refused connections
 * (ALLOW_CONNECTIONS false) and its sessions are terminated, as a restart would.
 */
const SWEDISH_RETRY =
  'Tjänsten kan inte nå databasen just nu. Inget har ändrats. Försök igen om en stund.';

describe.runIf(testDatabaseKind() === 'postgres')('database outage', () => {
  let db: TTestDatabase;
  let admin: TPrismaClient;
  let app: ReturnType<typeof createApp>;
  let name: string;

  beforeAll(async () => {
    const template = inject('dbTemplate');
    db = await createTestDatabase(template);
    name = new URL(db.url).pathname.slice(1);
    admin = createPrismaClient(`${template.serverUrl}/postgres`, 1);
    app = createApp({
      prisma: db.prisma,
      logger: pino({ level: process.env.DEBUG_OUTAGE ? 'warn' : 'silent' }),
      production: false,
    });
  });
  afterAll(async () => {
    await admin.$executeRawUnsafe(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    await admin.$disconnect();
    await db.close();
  });

  const stop = async () => {
    await admin.$executeRawUnsafe(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.$queryRawUnsafe(
      `SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = '${name}'`,
    );
  };
  const start = () => admin.$executeRawUnsafe(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);

  it('answers 503 in Swedish while the database is away, and recovers without a restart', async () => {
    const office = await signIn(app, 'kansli@demo.se');
    await office.get('/api/interventions').expect(200);
    await request(app).get('/api/health').expect(200, { status: 'ok', database: 'ok' });

    await stop();
    const ready = await request(app).get('/api/health/ready').expect(503);
    expect(ready.body).toEqual({
      status: 'unavailable',
      database: 'unavailable',
      message: 'Databasen svarar inte. Försök igen om en stund.',
    });
    await request(app).get('/api/health').expect(503);
    await request(app).get('/api/health/live').expect(200, { status: 'ok' });

    const read = await office.get('/api/interventions').expect(503);
    expect(read.body).toEqual({ error: { code: 'UNAVAILABLE', message: SWEDISH_RETRY } });
    expect(read.headers['retry-after']).toBe('5');
    const login = await request(app)
      .post('/api/auth/login')
      .send({ email: 'styrelse@demo.se', password: 'demo1234' })
      .expect(503);
    expect(login.body.error.message).toBe(SWEDISH_RETRY);

    await start();
    await request(app).get('/api/health/ready').expect(200);
    // The session written before the outage still holds; writes work again too.
    await office.get('/api/interventions').expect(200);
    await signIn(app, 'styrelse@demo.se');
  });
});
