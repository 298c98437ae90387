import {
  createEmbeddedPrismaClient,
  createPrismaClient,
  DEFAULT_POOL_SIZE,
  poolSizeOf,
} from './client.ts';
import type { TPrismaClient } from './client.ts';
import type { TQueryEvent } from './direct-sql.ts';
import { openEmbeddedDatabase } from './embedded-database.ts';
import { applyMigrations, applyMigrationsToServer, pgliteMigrationSession } from './migrate.ts';

export interface TOpenDatabase {
  prisma: TPrismaClient;
  /** The PostgreSQL server's URL; for the embedded database its data folder. */
  url: string;
  embedded: boolean;
  /** Migrations applied while opening. */
  migrated: string[];
  close: () => Promise<void>;
}

/**
 * Opens the app's database: the PostgreSQL server in `DATABASE_URL` when set (the production path),
 * otherwise the embedded PGlite database in the data folder, in this process and locked to it.
 * Applies pending migrations (our own migrator, see migrate.ts) unless `migrate: false`.
 */
export async function openDatabase(
  options: {
    url?: string;
    dataDir?: string;
    migrate?: boolean;
    maxConnections?: number;
    /** Called with every statement, Prisma's and the direct ones (the benchmark counts them). */
    onQuery?: (event: TQueryEvent) => void;
  } = {},
): Promise<TOpenDatabase> {
  // An empty DATABASE_URL means "not set".
  if (process.env.DATABASE_URL === '') delete process.env.DATABASE_URL;
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const migrated = options.migrate === false ? [] : await applyMigrationsToServer(url);
    // The pool: the caller's size, else DATABASE_URL's connection_limit, else 10 (decision 015).
    const poolSize = options.maxConnections ?? poolSizeOf(url) ?? DEFAULT_POOL_SIZE;
    const prisma = createPrismaClient(url, poolSize, {
      onQuery: options.onQuery,
    });
    return {
      prisma,
      url,
      embedded: false,
      migrated,
      close: async () => await prisma.$disconnect(),
    };
  }

  const embedded = await openEmbeddedDatabase({ dataDir: options.dataDir });
  try {
    const migrated =
      options.migrate === false
        ? []
        : await applyMigrations(pgliteMigrationSession(embedded.pglite));
    const prisma = createEmbeddedPrismaClient(embedded.pglite, {
      onQuery: options.onQuery,
    });
    return {
      prisma,
      url: embedded.dataDir,
      embedded: true,
      migrated,
      close: async () => {
        await prisma.$disconnect();
        await embedded.close();
      },
    };
  } catch (error) {
    await embedded.close();
    throw error;
  }
}
