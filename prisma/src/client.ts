import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client.ts';
import { createPGliteAdapter } from './pglite-adapter.ts';

export type TPrismaClient = PrismaClient;

/** A Prisma client on a PostgreSQL server over the pg driver adapter (no native engine). */
export function createPrismaClient(
  url: string,
  maxConnections = 10,
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
