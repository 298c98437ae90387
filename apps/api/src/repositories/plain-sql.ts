import { directSqlOf } from '@finsam/db';
import type { Prisma } from '@finsam/db';
import type { TDbClient } from './transaction.ts';

/**
 * The rows of a plain statement on a hot path (decision 024): on a PostgreSQL server straight
 * through the client's own pool, without Prisma's query compiler; inside a transaction (the
 * statement must run on its connection) and on the embedded database as Prisma's `$queryRaw`.
 * The values are the same either way (@finsam/db's direct-sql.ts parses them as Prisma does).
 */
export function queryRows<T>(db: TDbClient, statement: Prisma.Sql): Promise<T[]> {
  const direct = directSqlOf(db);
  return direct ? direct.query<T>(statement.text, statement.values) : db.$queryRaw<T[]>(statement);
}
