// `pnpm db:seed`: opens the configured database (embedded by default), migrates and seeds it if empty.
import { openDatabase } from '../src/index.ts';
import { seedIfEmpty } from './load-seed.ts';

const db = await openDatabase();
const seeded = await seedIfEmpty(db.prisma, { demoUsers: process.env.NODE_ENV !== 'production' });
process.stdout.write(
  seeded ? 'Seeded the database.\n' : 'The database already has data; nothing seeded.\n',
);
await db.close();
