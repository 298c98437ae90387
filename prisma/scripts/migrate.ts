// `pnpm db:migrate`: applies pending migrations to the configured database (DATABASE_URL, else the
// embedded data folder) with the in-process migrator (src/migrate.ts), which records them in
// _prisma_migrations exactly as `prisma migrate deploy` does. `tsx scripts/prisma.mjs migrate
// status` still reads the result through the Prisma CLI.
import { openDatabase } from '../src/index.ts';

const db = await openDatabase();
process.stdout.write(
  db.migrated.length > 0
    ? `Applied ${db.migrated.length} migration(s): ${db.migrated.join(', ')}\n`
    : 'No pending migrations.\n',
);
await db.close();
