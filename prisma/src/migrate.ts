import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { PrismaClient } from '../generated/client/client.ts';

const PRISMA_DIR = path.resolve(import.meta.dirname, '..');
const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

/** The advisory lock key `prisma migrate deploy` takes: our migrator and the CLI exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's own bookkeeping table, column for column as `prisma migrate deploy` creates it. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Names of the migration folders committed in prisma/migrations, in order. */
export function listMigrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Migrations not yet applied to the database behind `prisma`. */
export async function listPendingMigrations(prisma: PrismaClient): Promise<string[]> {
  let applied: string[] = [];
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = rows.map((row) => row.migration_name);
  } catch {
    // No _prisma_migrations table yet: a new database.
  }
  return listMigrationNames().filter((name) => !applied.includes(name));
}

/** One session on the database: scripts with several statements, and parameterised queries. */
export interface TMigrationSession {
  exec: (script: string) => Promise<void>;
  query: <T>(sql: string, params?: unknown[]) => Promise<T[]>;
}

/** A migration session on an in-process PGlite. */
export function pgliteMigrationSession(db: PGlite): TMigrationSession {
  return {
    exec: async (script) => void (await db.exec(script)),
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
  };
}

interface TMigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies the pending migrations in prisma/migrations the way `prisma migrate deploy` does, without
 * the CLI (which costs ~11 s per call, STACK.md, and cannot reach an in-process PGlite): under
 * Prisma's advisory lock, each migration's row in `_prisma_migrations` gets the SHA-256 of its
 * migration.sql, `finished_at` and `applied_steps_count = 1`, so `prisma migrate status` and
 * `deploy` agree afterwards. Unlike the CLI, each migration runs in one transaction with its row:
 * a crash mid-migration leaves it not applied rather than half applied (PostgreSQL DDL is
 * transactional; a future migration that cannot run in a transaction must be split).
 * A failed migration recorded by the CLI stops here as it stops `migrate deploy` (P3009).
 * Returns the names applied.
 */
export async function applyMigrations(session: TMigrationSession): Promise<string[]> {
  await session.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})::text`);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<TMigrationRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migreringen ${failed.migration_name} misslyckades tidigare och är inte åtgärdad ` +
          `(se prisma migrate resolve). / Migration ${failed.migration_name} failed earlier.`,
      );
    }
    const applied = new Set(
      rows
        .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
        .map((row) => row.migration_name),
    );
    const done: string[] = [];
    for (const name of listMigrationNames()) {
      if (applied.has(name)) continue;
      const script = readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'));
      const checksum = createHash('sha256').update(script).digest('hex');
      await session.exec('BEGIN');
      try {
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [randomUUID(), checksum, name],
        );
        await session.exec(script.toString('utf8'));
        await session.query(
          `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1
           WHERE migration_name = $1 AND finished_at IS NULL`,
          [name],
        );
        await session.exec('COMMIT');
      } catch (error) {
        await session.exec('ROLLBACK');
        throw new Error(`Migreringen ${name} misslyckades / migration failed: ${String(error)}`, {
          cause: error,
        });
      }
      done.push(name);
    }
    return done;
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})::text`);
  }
}

/** Applies pending migrations on a PostgreSQL server over one `pg` connection. */
export async function applyMigrationsToServer(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations({
      exec: async (script) => void (await client.query(script)),
      query: async <T>(sql: string, params: unknown[] = []) =>
        (await client.query(sql, params)).rows as T[],
    });
  } finally {
    await client.end();
  }
}

/**
 * Runs the Prisma CLI's `migrate <command>` (e.g. `status`) on a PostgreSQL URL and returns its
 * output. Costs ~11 s (STACK.md): for checks that our migrator and the CLI agree, not for start-up.
 */
export async function runPrismaMigrate(
  url: string,
  command: 'deploy' | 'status',
): Promise<{ code: number; output: string }> {
  const tsxCli = path.join(PRISMA_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const script = path.join(PRISMA_DIR, 'scripts', 'prisma.mjs');
  const child = spawn(process.execPath, [tsxCli, script, 'migrate', command], {
    cwd: PRISMA_DIR,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  return { code, output };
}
