export { createPrismaClient } from './client.ts';
export type { TPrismaClient } from './client.ts';
export { openDatabase } from './open-database.ts';
export type { TOpenDatabase } from './open-database.ts';
export { startEmbeddedDatabase, DEFAULT_EMBEDDED_DATA_DIR } from './embedded-database.ts';
export { listPendingMigrations, runMigrateDeploy, listMigrationNames } from './migrate.ts';
export * as Db from '../generated/client/client.ts';
export { Prisma } from '../generated/client/client.ts';
