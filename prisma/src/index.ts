export {
  createEmbeddedPrismaClient,
  createPrismaClient,
  DEFAULT_POOL_SIZE,
  poolSizeOf,
} from './client.ts';
export type { TPrismaClient } from './client.ts';
export { directSqlOf } from './direct-sql.ts';
export type { TDirectSql, TQueryEvent } from './direct-sql.ts';
export { openDatabase } from './open-database.ts';
export type { TOpenDatabase } from './open-database.ts';
export {
  DEFAULT_EMBEDDED_DATA_DIR,
  embeddedDataDir,
  openEmbeddedDatabase,
  startEmbeddedServer,
} from './embedded-database.ts';
export { DataDirLockedError } from './data-dir-lock.ts';
export {
  applyMigrations,
  applyMigrationsToServer,
  listMigrationNames,
  listPendingMigrations,
  pgliteMigrationSession,
  runPrismaMigrate,
} from './migrate.ts';
export * as Db from '../generated/client/client.ts';
export { Prisma } from '../generated/client/client.ts';
