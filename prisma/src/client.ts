import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client.ts';

export type TPrismaClient = PrismaClient;

/**
 * A Prisma client over the pg driver adapter (no native engine). `maxConnections` must not exceed
 * what the server accepts: the embedded PGlite server takes EMBEDDED_MAX_CONNECTIONS.
 */
export function createPrismaClient(url: string, maxConnections = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: maxConnections });
  return new PrismaClient({ adapter });
}
