import type { Prisma, TPrismaClient } from '@finsam/db';

/** A transaction client: repositories take it for every write, so a change is all-or-nothing. */
export type TTx = Prisma.TransactionClient;
/** Either the app's client or a transaction's: for reads used both inside and outside writes. */
export type TDbClient = TPrismaClient | Prisma.TransactionClient;

/**
 * Runs `work` in one interactive transaction. Inside, use only the `tx` it gets: on PGlite a call on
 * the outer client waits for the open transaction and expires (STACK.md). Any throw rolls back.
 */
export function inTransaction<T>(prisma: TPrismaClient, work: (tx: TTx) => Promise<T>): Promise<T> {
  // PGlite runs one query at a time, so a transaction may wait behind others for a while.
  return prisma.$transaction(work, { maxWait: 15_000, timeout: 20_000 });
}

/** Whether a Prisma error is a unique-constraint violation (P2002), e.g. two writers racing. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
