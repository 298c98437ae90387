import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Where the embedded database keeps its files unless told otherwise: `<repo>/.data/pglite`. */
export const DEFAULT_EMBEDDED_DATA_DIR = path.resolve(import.meta.dirname, '../../.data/pglite');

/** The embedded server answers this many client connections; the Prisma pool must not exceed it. */
export const EMBEDDED_MAX_CONNECTIONS = 4;

export interface TEmbeddedDatabase {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) on a data folder and serves it over the
 * PostgreSQL wire protocol on 127.0.0.1, so the same `@prisma/adapter-pg` code reaches it as a
 * real server. PGlite runs one query at a time: it is the one-office, one-process default.
 */
export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<TEmbeddedDatabase> {
  const dataDir = options.dataDir ?? process.env.FINSAM_DATA_DIR ?? DEFAULT_EMBEDDED_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  const url = `postgresql://postgres:postgres@${conn}/postgres?sslmode=disable`;
  return {
    url,
    dataDir,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
