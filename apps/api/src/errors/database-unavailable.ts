/**
 * Prisma's codes for a database that cannot be reached or dropped the connection: P1001 can't
 * reach, P1002 timed out reaching, P1008 operation timed out, P1017 server closed the connection,
 * P2024 no connection from the pool in time, P2037 too many connections.
 */
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);

/** What node-postgres and PostgreSQL say when the server is away, restarting or refusing us. */
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|Can't reach database|terminating connection|does not allow connections|is not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|Server has closed the connection|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** PostgreSQL SQLSTATEs of the same: 57P01–57P03 admin/crash shutdown, cannot connect now; 08xxx. */
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|08\d\d\d|53300)$/;

/**
 * True when `err` (or any error in its cause chain) means the database is not answering, as opposed
 * to a bug or a bad query: such a request is answered 503 "försök igen", not 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      name?: string;
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
      originalCode?: unknown;
    };
    if (e.name === 'PrismaClientInitializationError') return true;
    if (
      typeof e.code === 'string' &&
      (UNAVAILABLE_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))
    )
      return true;
    if (typeof e.originalCode === 'string' && UNAVAILABLE_SQLSTATE.test(e.originalCode))
      return true;
    if (typeof e.message === 'string' && UNAVAILABLE_TEXT.test(e.message)) return true;
    current = e.cause ?? e.meta?.driverAdapterError;
  }
  return false;
}
