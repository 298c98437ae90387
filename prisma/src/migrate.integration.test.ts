import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from './client.ts';
import { startEmbeddedServer } from './embedded-database.ts';
import { listMigrationNames, runPrismaMigrate } from './migrate.ts';
import { openDatabase } from './open-database.ts';
import { testDatabaseKind } from './testing/test-database.ts';

/*
 * Our migrator (migrate.ts) replaces `prisma migrate deploy` at start-up. It must leave
 * `_prisma_migrations` exactly as the CLI would, so the CLI's `migrate status` and `deploy` agree.
 */

const root = mkdtempSync(path.join(tmpdir(), 'finsam-migrate-test-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(root, { recursive: true, force: true });
});

/** A new, empty database on the PostgreSQL server of the run, dropped afterwards. */
async function emptyServerDatabase(): Promise<string> {
  const server = inject('dbTemplate').serverUrl!;
  const name = `finsam_migrate_${process.pid}_${Date.now()}`;
  const admin = createPrismaClient(`${server}/postgres`, 1);
  await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  cleanups.push(async () => {
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.$disconnect();
  });
  return `${server}/${name}`;
}

describe('the in-process migrator', () => {
  it('applies every migration once, recorded with the SHA-256 of its file as Prisma does', async () => {
    // PGlite: the run's template, which globalSetup migrated from an empty folder with this
    // migrator (a new folder here would cost another initdb). PostgreSQL: an empty database.
    let target: { url?: string; dataDir?: string };
    if (testDatabaseKind() === 'pglite') {
      target = { dataDir: path.join(root, 'template-copy') };
      cpSync(path.join(inject('dbTemplate').location, 'data'), target.dataDir!, {
        recursive: true,
      });
    } else {
      target = { url: await emptyServerDatabase() };
    }
    const first = await openDatabase(target);
    expect(first.migrated).toEqual(testDatabaseKind() === 'pglite' ? [] : listMigrationNames());
    const rows = await first.prisma.$queryRawUnsafe<
      {
        migration_name: string;
        checksum: string;
        finished: boolean;
        applied_steps_count: number;
        rolled_back_at: Date | null;
      }[]
    >(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count,
              rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      listMigrationNames().map((name) => ({
        migration_name: name,
        checksum: createHash('sha256')
          .update(
            readFileSync(path.join(import.meta.dirname, '../migrations', name, 'migration.sql')),
          )
          .digest('hex'),
        finished: true,
        applied_steps_count: 1,
        rolled_back_at: null,
      })),
    );
    await first.close();

    const again = await openDatabase(target);
    expect(again.migrated).toEqual([]);
    await again.close();
  });

  // The CLI alone costs ~11 s of wall time (STACK.md): the one test here that pays it.
  it('leaves a database that `prisma migrate status` calls up to date', async () => {
    let url: string;
    if (testDatabaseKind() === 'pglite') {
      const dataDir = path.join(root, 'status');
      cpSync(path.join(inject('dbTemplate').location, 'data'), dataDir, { recursive: true });
      // One connection, for the CLI only (see startEmbeddedServer).
      const server = await startEmbeddedServer({ dataDir });
      cleanups.push(server.stop);
      url = server.url;
    } else {
      url = await emptyServerDatabase();
      const db = await openDatabase({ url });
      await db.close();
    }
    const status = await runPrismaMigrate(url, 'status');
    expect(status.output).toContain(`${listMigrationNames().length} migrations found`);
    expect(status.output).toContain('Database schema is up to date!');
    expect(status.code).toBe(0);
  }, 90_000);
});
