import pg from 'pg';

/*
 * Plain statements straight through the pg pool under the Prisma client (decision 024).
 *
 * Prisma 6.19's client engine compiles every call, a raw one too, in its Wasm query compiler on
 * the event loop: ~0.3 ms of CPU per statement on the bench host, on every request for the
 * session lookup alone. The few statements on the hot paths (the session, a cached dashboard
 * answer, the report save's read and write) are plain SQL already; on a PostgreSQL server they go
 * to the same pool as Prisma's own queries, without the compiler. Prisma 7's query plan cache
 * would do the same for every call, but Prisma 7 cannot run on these machines (decision 001).
 *
 * The embedded database registers nothing: its statements take the Prisma path, whose adapter
 * holds PGlite's transaction mutex for them (pglite-adapter.ts).
 */

/** One statement as the benchmark counts it: Prisma's query event shape. */
export interface TQueryEvent {
  query: string;
  /** The values as JSON text. */
  params: string;
  duration: number;
}

export interface TDirectSql {
  /** Rows of `text` ($1, $2 … placeholders), parsed as Prisma's raw queries parse them. */
  query<T>(text: string, values: readonly unknown[]): Promise<T[]>;
}

const runners = new WeakMap<object, TDirectSql>();

/** Runs `client`'s plain statements through `runner` (the client's own pool). */
export function registerDirectSql(client: object, runner: TDirectSql): void {
  runners.set(client, runner);
}

/**
 * The direct runner of a root client, or undefined: for the embedded database, and for a
 * transaction's client, whose statements must stay on the transaction's connection.
 */
export function directSqlOf(client: object): TDirectSql | undefined {
  return runners.get(client);
}

const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;

/**
 * What differs from pg's defaults to give the values Prisma's `$queryRaw` gives: Prisma stores
 * timestamp(3) as UTC without a zone, and pg would read it in the process's local zone; a date
 * is UTC midnight; int8 a BigInt. numeric (a Decimal in Prisma) is not used on these paths.
 */
function typeParser(oid: number, format?: string): (text: string) => unknown {
  if (format === 'binary') return pg.types.getTypeParser(oid, 'binary') as (t: string) => unknown;
  if (oid === TIMESTAMP) return (text) => new Date(`${text.replace(' ', 'T')}Z`);
  if (oid === DATE) return (text) => new Date(`${text}T00:00:00.000Z`);
  if (oid === INT8) return (text) => BigInt(text);
  return pg.types.getTypeParser(oid);
}

const types = { getTypeParser: typeParser } as unknown as pg.CustomTypesConfig;

/** Dates as UTC text, as the repositories' timestamp(3) parameters are written. */
const toParam = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export function createPoolRunner(
  pool: pg.Pool,
  onQuery?: (event: TQueryEvent) => void,
): TDirectSql {
  return {
    async query<T>(text: string, values: readonly unknown[]) {
      const params = values.map(toParam);
      const started = performance.now();
      const result = await pool.query({ text, values: params, types });
      onQuery?.({
        query: text,
        params: JSON.stringify(params),
        duration: performance.now() - started,
      });
      return result.rows as T[];
    },
  };
}
