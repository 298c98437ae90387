import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/client/client.ts';
import { createPoolRunner, registerDirectSql } from './direct-sql.ts';
import type { TQueryEvent } from './direct-sql.ts';
import { createPGliteAdapter } from './pglite-adapter.ts';

export type TPrismaClient = PrismaClient;

/** Connections per API process when DATABASE_URL names no `connection_limit` (decision 015). */
export const DEFAULT_POOL_SIZE = 10;

/**
 * The pool size a DATABASE_URL asks for with `connection_limit` (Prisma's documented parameter,
 * which the pg driver adapter itself ignores), or null when it names none or an invalid one.
 */
export function poolSizeOf(url: string): number | null {
  let value: string | null;
  try {
    value = new URL(url).searchParams.get('connection_limit');
  } catch {
    return null;
  }
  const size = Number(value);
  return value !== null && Number.isInteger(size) && size > 0 ? size : null;
}

/** Statement events, only for the benchmark's query count (`pnpm bench`); the app never logs SQL. */
export interface TQueryLogging {
  onQuery?: (event: TQueryEvent) => void;
}

type TQueryEventClient = { $on: (event: 'query', listener: (e: TQueryEvent) => void) => void };

function withQueryEvents(
  adapter: PrismaPg | ReturnType<typeof createPGliteAdapter>,
  { onQuery }: TQueryLogging,
): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  (client as unknown as TQueryEventClient).$on('query', onQuery);
  return client;
}

/**
 * A Prisma client on a PostgreSQL server over the pg driver adapter (no native engine), on a pool
 * of its own that the client's plain statements also use directly (direct-sql.ts, decision 024).
 */
export function createPrismaClient(
  url: string,
  maxConnections = DEFAULT_POOL_SIZE,
  options: TQueryLogging = {},
): PrismaClient {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection the server dropped (a restart) is an 'error' event on the pool, which
  // removes that connection; without a listener it would end the process. The adapter adds its
  // own only once Prisma first connects, and a direct statement may come first.
  pool.on('error', () => undefined);
  // The adapter ends the pool when the client disconnects, as it does with a pool of its own.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = withQueryEvents(adapter, options);
  registerDirectSql(client, createPoolRunner(pool, options.onQuery));
  return client;
}

/**
 * A Prisma client on an in-process PGlite (see pglite-adapter.ts): no socket, no password to
 * guess, and no other connection whose statements could land in this one's session.
 */
export function createEmbeddedPrismaClient(
  pglite: PGlite,
  options: TQueryLogging = {},
): PrismaClient {
  return withQueryEvents(createPGliteAdapter(pglite), options);
}
