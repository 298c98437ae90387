import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/client/client.ts';

const PRISMA_DIR = path.resolve(import.meta.dirname, '..');
const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

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

/**
 * Applies pending migrations with `prisma migrate deploy`. The CLI costs ~11 s whatever the schema
 * (STACK.md), so callers check `listPendingMigrations` first and start-up stays fast.
 */
export async function runMigrateDeploy(url: string): Promise<void> {
  const tsxCli = path.join(PRISMA_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const script = path.join(PRISMA_DIR, 'scripts', 'prisma.mjs');
  const child = spawn(process.execPath, [tsxCli, script, 'migrate', 'deploy'], {
    cwd: PRISMA_DIR,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`prisma migrate deploy failed (${code}):\n${output}`);
}
