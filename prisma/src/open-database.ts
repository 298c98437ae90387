import { createPrismaClient } from './client.ts';
import type { TPrismaClient } from './client.ts';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedDatabase } from './embedded-database.ts';
import { listPendingMigrations, runMigrateDeploy } from './migrate.ts';

export interface TOpenDatabase {
  prisma: TPrismaClient;
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
}

/**
 * Opens the app's database: the PostgreSQL server in `DATABASE_URL` when set (the production path),
 * otherwise the embedded PGlite database in the data folder. Applies pending migrations.
 */
export async function openDatabase(
  options: { url?: string; dataDir?: string; migrate?: boolean; maxConnections?: number } = {},
): Promise<TOpenDatabase> {
  // An empty DATABASE_URL means "not set"; left in the environment, Prisma's runtime would read it
  // and refuse every connection to the embedded server.
  if (process.env.DATABASE_URL === '') delete process.env.DATABASE_URL;
  const explicitUrl = options.url ?? process.env.DATABASE_URL;
  const embedded = explicitUrl ? null : await startEmbeddedDatabase({ dataDir: options.dataDir });
  const url = explicitUrl ?? embedded!.url;
  const max = embedded ? EMBEDDED_MAX_CONNECTIONS : (options.maxConnections ?? 10);
  let prisma = createPrismaClient(url, max);

  if (options.migrate !== false && (await listPendingMigrations(prisma)).length > 0) {
    // The CLI needs its own connection: on PGlite free ours first.
    await prisma.$disconnect();
    await runMigrateDeploy(url);
    prisma = createPrismaClient(url, max);
  }

  return {
    prisma,
    url,
    embedded: embedded !== null,
    close: async () => {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
