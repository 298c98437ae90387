import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.ts';

/** Where the embedded database keeps its files unless told otherwise: `<repo>/.data/pglite`. */
export const DEFAULT_EMBEDDED_DATA_DIR = path.resolve(import.meta.dirname, '../../.data/pglite');

export interface TEmbeddedDatabase {
  /** PGlite in this process: reach it through `createEmbeddedPrismaClient`, never a socket. */
  pglite: PGlite;
  dataDir: string;
  close: () => Promise<void>;
}

/** The data folder from the option, else FINSAM_DATA_DIR, else `<repo>/.data/pglite`. */
export function embeddedDataDir(dataDir?: string): string {
  return path.resolve(dataDir ?? process.env.FINSAM_DATA_DIR ?? DEFAULT_EMBEDDED_DATA_DIR);
}

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly) on a data folder, in this process, holding the
 * folder's lock until `close` (or the process ends): a second opener is refused with
 * DataDirLockedError, a lock left by a killed process is taken over. PGlite is one PostgreSQL
 * backend that runs one query at a time: the one-office, one-process default.
 */
export async function openEmbeddedDatabase(
  options: { dataDir?: string } = {},
): Promise<TEmbeddedDatabase> {
  const dataDir = embeddedDataDir(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock = lockDataDir(dataDir);
  const releaseOnExit = () => lock.release();
  process.once('exit', releaseOnExit);
  let pglite: PGlite;
  try {
    mkdirSync(dataDir, { recursive: true });
    pglite = await PGlite.create({ dataDir });
  } catch (error) {
    process.off('exit', releaseOnExit);
    lock.release();
    throw error;
  }
  let closed = false;
  return {
    pglite,
    dataDir,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await pglite.close();
      } finally {
        process.off('exit', releaseOnExit);
        lock.release();
      }
    },
  };
}

export interface TEmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves an embedded database over the PostgreSQL wire protocol on 127.0.0.1 for ONE client: the
 * Prisma CLI (`pnpm --filter @finsam/db exec tsx scripts/prisma.mjs migrate status`). Never for the
 * app: PGlite has one session, and pglite-socket queues each protocol message on its own, so with
 * more than one connection the messages of different connections interleave on that session
 * (issue 11). It takes the folder's lock, so it cannot run beside the app, and lives only for the
 * one command. pglite-socket checks no password.
 */
export async function startEmbeddedServer(
  options: { dataDir?: string } = {},
): Promise<TEmbeddedServer> {
  const embedded = await openEmbeddedDatabase(options);
  const server = new PGLiteSocketServer({
    db: embedded.pglite,
    host: '127.0.0.1',
    port: 0,
    maxConnections: 1,
  });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable&connection_limit=1`,
    stop: async () => {
      await server.stop();
      await embedded.close();
    },
  };
}
