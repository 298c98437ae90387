import { pino } from 'pino';
import { DataDirLockedError, openDatabase } from '@finsam/db';
import { seedIfEmpty } from '@finsam/db/seed';
import { createApp, DEFAULT_WEB_DIST } from './app.ts';
import { createMailTransport, mailConfigFromEnv } from './services/mailer.ts';
import { createScheduler } from './services/scheduler.ts';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);
// Outside production the demo accounts (password demo1234) exist: answer only on this machine
// unless HOST says otherwise (e.g. HOST=0.0.0.0 in a container behind a proxy).
const host = process.env.HOST || (production ? '0.0.0.0' : '127.0.0.1');

const started = Date.now();
let db: Awaited<ReturnType<typeof openDatabase>>;
try {
  db = await openDatabase();
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  // Another process has the embedded data folder: say so plainly instead of a stack trace.
  logger.fatal({ dataDir: error.dataDir, ownerPid: error.owner.pid }, 'data folder in use');
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
if (db.migrated.length > 0) logger.info({ migrations: db.migrated }, 'database migrated');
const seeded = await seedIfEmpty(db.prisma, { demoUsers: !production });
if (seeded) logger.info({ ms: Date.now() - started }, 'database seeded with the seed papers');

const trustProxy = process.env.TRUST_PROXY;
const app = createApp({
  prisma: db.prisma,
  logger,
  production,
  webDist: DEFAULT_WEB_DIST,
  ...(trustProxy ? { trustProxy: /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy } : {}),
});
// Reminders and e-mail (decision 006): the state is in the database; this only ticks.
const mail = mailConfigFromEnv();
const scheduler = createScheduler({
  prisma: db.prisma,
  logger,
  transport: createMailTransport(mail),
  from: mail.from,
});
scheduler.start();

const server = app.listen(port, host, () => {
  logger.info(
    { host, port, embedded: db.embedded, startupMs: Date.now() - started },
    `Finsam Uppföljning answers on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
  );
});

// Graceful shutdown: stop taking connections, let requests finish, then close the database.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close(async () => {
    await scheduler.stop();
    await db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
