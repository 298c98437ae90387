import type { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** What `pglite-prisma-adapter` 0.7 returns from startTransaction (its fields are not exported). */
interface TPGliteTransaction {
  client: { rollback: () => Promise<void> };
  txDeferred: { resolve: () => void };
  txResultPromise: Promise<unknown>;
  rollback: () => Promise<unknown>;
}

type TFactory = InstanceType<typeof PrismaPGlite>;
type TAdapter = Awaited<ReturnType<TFactory['connect']>>;

/**
 * A Prisma driver adapter straight onto an in-process PGlite: no socket, no second session.
 *
 * PGlite is one PostgreSQL backend. Every top-level query and every `transaction()` takes PGlite's
 * own transaction mutex, so a transaction holds the backend alone from BEGIN to COMMIT and queries
 * from other requests wait behind it instead of running inside it; each query sends its Parse/Bind/
 * Execute/Sync as one unit under the query mutex, so no other request's statement can come between.
 *
 * One fix over the package: its rollback does not wait for ROLLBACK before ending the transaction
 * callback, so PGlite would also send COMMIT (a warning, and the next request would queue behind a
 * half-closed transaction). Here rollback awaits ROLLBACK first.
 */
export function createPGliteAdapter(pglite: PGlite): TFactory {
  const factory = new PrismaPGlite(pglite);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: TAdapter = await connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = (await start(isolationLevel)) as unknown as TPGliteTransaction;
      tx.rollback = async () => {
        await tx.client.rollback();
        tx.txDeferred.resolve();
        return await tx.txResultPromise;
      };
      return tx as unknown as Awaited<ReturnType<TAdapter['startTransaction']>>;
    };
    return adapter;
  };
  return factory;
}
