import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client.ts';
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

/** A Prisma client on a PostgreSQL server over the pg driver adapter (no native engine). */
export function createPrismaClient(
  url: string,
  maxConnections = DEFAULT_POOL_SIZE,
  options: { logQueries?: boolean } = {},
): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: maxConnections });
  // Query events only for the benchmark's query count (`pnpm bench`); the app never logs SQL.
  return options.logQueries
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter });
}

/**
 * A Prisma client on an in-process PGlite (see pglite-adapter.ts): no socket, no password to
 * guess, and no other connection whose statements could land in this one's session.
 */
export function createEmbeddedPrismaClient(
  pglite: PGlite,
  options: { logQueries?: boolean } = {},
): PrismaClient {
  const adapter = createPGliteAdapter(pglite);
  return options.logQueries
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter });
}
