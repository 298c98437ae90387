import type { Logger } from 'pino';
import type { TPrismaClient } from '@finsam/db';
import { toSwedishDate } from '@finsam/domain';
import {
  claimJob,
  ensureJob,
  failJob,
  findOrCreateSettings,
  finishJob,
  listFederationIds,
} from '../repositories/notification-repository.ts';
import { fromIsoDate } from './db-dates.ts';
import { deliverEmails } from './mailer.ts';
import type { TDeliveryResult, TMailTransport } from './mailer.ts';
import {
  isoWeekday,
  sendDueReminders,
  sendOverdueDigest,
  weekStartOf,
} from './reminder-service.ts';

/** The time source: tests pass a clock they move; the app the real one. */
export type TClock = () => Date;

export interface TSchedulerOptions {
  prisma: TPrismaClient;
  logger: Logger;
  transport: TMailTransport | null;
  from: string;
  clock?: TClock;
  /** How often a process looks for due work; the state is in the database, not in this timer. */
  intervalMs?: number;
}

export interface TTickResult {
  jobs: string[];
  delivery: TDeliveryResult;
}

const JOB_LEASE_MS = 10 * 60_000;
const JOB_MAX_ATTEMPTS = 5;

/**
 * The scheduler of one API process. Each tick (on start, then every `intervalMs`):
 * 1. makes sure today's jobs exist: the reminder run of the day per förbund, and the weekly digest
 *    once the week's digest day has come (keys are unique, so any number of processes create one);
 * 2. claims and runs pending jobs (FOR UPDATE SKIP LOCKED: each runs in one process);
 * 3. sends due e-mails.
 * Nothing lives in memory between ticks: a process that was down catches up on its first tick.
 * Decision 006.
 */
export function createScheduler(options: TSchedulerOptions) {
  const clock = options.clock ?? (() => new Date());
  const { prisma, logger } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<TTickResult> | null = null;

  async function planJobs(now: Date) {
    const today = toSwedishDate(now);
    const day = fromIsoDate(today);
    for (const { id: federationId } of await listFederationIds(prisma)) {
      await ensureJob(prisma, {
        key: `reminders:${federationId}:${today}`,
        kind: 'REMINDERS',
        federationId,
        day,
      });
      const settings = await findOrCreateSettings(prisma, federationId, day);
      if (isoWeekday(today) >= settings.digestWeekday) {
        await ensureJob(prisma, {
          key: `digest:${federationId}:${weekStartOf(today)}`,
          kind: 'DIGEST',
          federationId,
          day,
        });
      }
    }
  }

  async function runJobs(now: Date) {
    const done: string[] = [];
    for (;;) {
      const job = await claimJob(prisma, now, new Date(now.getTime() + JOB_LEASE_MS));
      if (!job) return done;
      try {
        const run = job.kind === 'DIGEST' ? sendOverdueDigest : sendDueReminders;
        const written = await run(prisma, job.federationId, job.day, now);
        await finishJob(prisma, job.id, now);
        logger.info({ job: job.key, written }, 'scheduled job done');
        done.push(job.key);
      } catch (error) {
        logger.error({ err: error, job: job.key }, 'scheduled job failed');
        await failJob(prisma, job.id, String(error), JOB_MAX_ATTEMPTS);
      }
    }
  }

  /** One round of work at the clock's time. Concurrent calls share the running round. */
  function tick(): Promise<TTickResult> {
    running ??= (async () => {
      try {
        const now = clock();
        await planJobs(now);
        const jobs = await runJobs(now);
        const delivery = await deliverEmails(prisma, options.transport, options.from, now);
        if (delivery.sent || delivery.failed) logger.info({ delivery }, 'e-mail delivery');
        return { jobs, delivery };
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    tick,
    start() {
      const safeTick = () =>
        tick().catch((error: unknown) => logger.error({ err: error }, 'scheduler tick failed'));
      void safeTick();
      timer = setInterval(safeTick, options.intervalMs ?? 30_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
      options.transport?.close?.();
    },
  };
}

export type TScheduler = ReturnType<typeof createScheduler>;
