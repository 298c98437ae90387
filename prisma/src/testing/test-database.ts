import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmbeddedPrismaClient, createPrismaClient } from '../client.ts';
import type { TPrismaClient } from '../client.ts';
import { openEmbeddedDatabase } from '../embedded-database.ts';
import {
  applyMigrations,
  applyMigrationsToServer,
  listMigrationNames,
  pgliteMigrationSession,
} from '../migrate.ts';
import { seedIfEmpty } from '../../seed/load-seed.ts';

/** Which database the integration tests run on: the embedded PGlite (default) or a PostgreSQL server. */
export type TTestDatabaseKind = 'pglite' | 'postgres';

export interface TTestTemplate {
  kind: TTestDatabaseKind;
  /** PGlite: the template's data folder. PostgreSQL: the template database's name. */
  location: string;
  /** PostgreSQL only: the server, without a database name. */
  serverUrl?: string;
}

export interface TTestDatabase {
  prisma: TPrismaClient;
  /** PostgreSQL: the database's URL. PGlite: its data folder. */
  url: string;
  kind: TTestDatabaseKind;
  close: () => Promise<void>;
}

export function testDatabaseKind(): TTestDatabaseKind {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

const PRISMA_DIR = path.resolve(import.meta.dirname, '../..');

/** Changes whenever a migration or a seed file changes, so a stale template is never reused. */
function templateHash(): string {
  const hash = createHash('sha256');
  // Built by the in-process migrator (migrate.ts) since issue 11.
  hash.update('in-process-migrator');
  for (const name of listMigrationNames()) {
    hash.update(name);
    hash.update(readFileSync(path.join(PRISMA_DIR, 'migrations', name, 'migration.sql')));
  }
  const seedDir = path.join(PRISMA_DIR, 'seed');
  for (const file of ['load-seed.ts', 'papers.ts'])
    hash.update(readFileSync(path.join(seedDir, file)));
  // The demo passwords are hashed by @finsam/passwords.
  hash.update(readFileSync(path.resolve(PRISMA_DIR, '../packages/passwords/src/index.ts')));
  const fixtures = path.join(seedDir, 'fixtures');
  for (const file of [
    'federation.ts',
    'interventions.ts',
    'populations.ts',
    'paper-2019-h2.ts',
    'paper-2021-09.ts',
    'paper-2022-h1.ts',
    'paper-2024-10.ts',
  ]) {
    const full = path.join(fixtures, file);
    if (existsSync(full)) hash.update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Migrates and seeds one template database per test run (seeding costs seconds, so never per
 * file). PGlite: a data folder that each test file copies. PostgreSQL: a database that each test
 * file clones with CREATE DATABASE … TEMPLATE.
 */
export async function prepareTestTemplate(
  kind: TTestDatabaseKind = testDatabaseKind(),
): Promise<TTestTemplate> {
  const hash = templateHash();
  if (kind === 'pglite') {
    const location = path.join(tmpdir(), `finsam-test-template-${hash}`);
    if (existsSync(path.join(location, 'READY'))) return { kind, location };
    // Build aside and rename into place: two test runs starting at once never see (or break) a
    // half-built template; the loser of the rename discards its copy.
    const building = `${location}.building-${process.pid}-${randomUUID()}`;
    const embedded = await openEmbeddedDatabase({ dataDir: path.join(building, 'data') });
    try {
      await applyMigrations(pgliteMigrationSession(embedded.pglite));
      const prisma = createEmbeddedPrismaClient(embedded.pglite);
      await seedIfEmpty(prisma, { demoUsers: true });
      await prisma.$disconnect();
    } finally {
      await embedded.close();
    }
    writeFileSync(path.join(building, 'READY'), hash);
    try {
      // A folder without READY is a leftover of an interrupted older run.
      if (existsSync(location) && !existsSync(path.join(location, 'READY'))) {
        rmSync(location, { recursive: true, force: true });
      }
      renameSync(building, location);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    if (existsSync(building)) rmSync(building, { recursive: true, force: true });
    if (!existsSync(path.join(location, 'READY')))
      throw new Error(`Test template ${location} is missing`);
    return { kind, location };
  }

  const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';
  const name = `finsam_tpl_${hash}`;
  const admin = createPrismaClient(`${serverUrl}/postgres`, 1);
  try {
    const exists = await admin.$queryRawUnsafe<{ n: number }[]>(
      `SELECT 1 AS n FROM pg_database WHERE datname = '${name}'`,
    );
    if (exists.length === 0) {
      const building = `${name}_building_${process.pid}`;
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.$executeRawUnsafe(`CREATE DATABASE "${building}"`);
      const url = `${serverUrl}/${building}`;
      await applyMigrationsToServer(url);
      const prisma = createPrismaClient(url, 2);
      await seedIfEmpty(prisma, { demoUsers: true });
      await prisma.$disconnect();
      // Renaming last means a half-built template is never picked up by a later run.
      await admin.$executeRawUnsafe(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
  } finally {
    await admin.$disconnect();
  }
  return { kind, location: name, serverUrl };
}

/** A fresh, seeded database for one test file, cloned from the template. */
export async function createTestDatabase(template: TTestTemplate): Promise<TTestDatabase> {
  if (template.kind === 'pglite') {
    const dataDir = path.join(tmpdir(), `finsam-test-${randomUUID()}`);
    cpSync(path.join(template.location, 'data'), dataDir, { recursive: true });
    const embedded = await openEmbeddedDatabase({ dataDir });
    const prisma = createEmbeddedPrismaClient(embedded.pglite);
    return {
      prisma,
      url: dataDir,
      kind: 'pglite',
      close: async () => {
        await prisma.$disconnect();
        await embedded.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `finsam_test_${randomUUID().replaceAll('-', '')}`;
  const admin = createPrismaClient(`${template.serverUrl}/postgres`, 1);
  await admin.$executeRawUnsafe(`CREATE DATABASE "${name}" TEMPLATE "${template.location}"`);
  const url = `${template.serverUrl}/${name}`;
  const prisma = createPrismaClient(url, 10);
  return {
    prisma,
    url,
    kind: 'postgres',
    close: async () => {
      await prisma.$disconnect();
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.$disconnect();
    },
  };
}
