/**
 * The national data set of the benchmark, generated in SQL from the seeded förbund (its shape, not
 * invented tables): more active interventions, more years, more förbund. Every step is an
 * `INSERT … SELECT` that copies rows of the seeded förbund with ids remapped by a suffix, so a run
 * takes seconds and is deterministic; figures vary by a hash of what a row is and the bench seed
 * (`hashtext`), not by `random()` or the seed's random ids.
 *
 * The copier is generic: it reads the foreign keys from the catalog, remaps every id and every
 * foreign key that points into the copied set, and follows foreign keys to find a table's rows of
 * the förbund. Works on PostgreSQL and on PGlite alike.
 */

/** Runs one SQL statement (PostgreSQL or PGlite); returns nothing. */
export type TExec = (sql: string) => Promise<unknown>;
/** Runs one SQL query and returns its rows. */
export type TQuery = <T>(sql: string) => Promise<T[]>;

/** The seed of the figures' variation; change it to get another (equally shaped) data set. */
const SEED = 16;

/**
 * Tables never copied: request state, mail, audit, and the dashboards' cache (decision 014: the
 * version row is made by a trigger on Federation, the cached points are computed on demand).
 */
const SKIPPED = new Set([
  'DashboardDataVersion',
  'DashboardTrendPoint',
  'Session',
  'LoginThrottle',
  'RateLimitHit',
  'AuditEntry',
  'Notification',
  'EmailMessage',
  'Job',
  'NotificationSettings',
  '_prisma_migrations',
]);

/** An intervention's own rows (copied when the förbund gets more active interventions). */
const INTERVENTION_TABLES = [
  'Intervention',
  'InterventionAlias',
  'InterventionPartner',
  'Goal',
  'ExpectedParticipants',
  'Grant',
  'AppliedBudget',
  'AnnualBudget',
  'Deviation',
  'DeviationEvent',
  'BudgetAdjustment',
  'Outcome',
  'QuarterlyReport',
  'ParticipantFigure',
  'EndReasonFigure',
  'ParticipantReport',
  'InterventionAssignment',
];

/** Rows that belong to one year (copied back from the newest year to make more years). */
const YEAR_TABLES = [
  'Grant',
  'AppliedBudget',
  'AnnualBudget',
  'BudgetAdjustment',
  'Outcome',
  'QuarterlyReport',
  'ParticipantFigure',
  'EndReasonFigure',
  'ParticipantReport',
  'FederationTarget',
  'FederationMetric',
  'ReportQuestionSet',
];

interface TColumn {
  name: string;
  type: string;
}
interface TForeignKey {
  column: string;
  parent: string;
}
interface TCatalog {
  columns: Map<string, TColumn[]>;
  foreignKeys: Map<string, TForeignKey[]>;
  /** Tables in an order where every parent comes before its children. */
  order: string[];
}

const q = (name: string) => `"${name}"`;

export async function readCatalog(query: TQuery): Promise<TCatalog> {
  const columns = new Map<string, TColumn[]>();
  for (const row of await query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  )) {
    const list = columns.get(row.table_name) ?? [];
    list.push({ name: row.column_name, type: row.data_type });
    columns.set(row.table_name, list);
  }
  const foreignKeys = new Map<string, TForeignKey[]>();
  for (const row of await query<{ child: string; col: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, a.attname AS col, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  )) {
    const child = row.child.replaceAll('"', '');
    const list = foreignKeys.get(child) ?? [];
    list.push({ column: row.col, parent: row.parent.replaceAll('"', '') });
    foreignKeys.set(child, list);
  }
  const order: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (order.includes(table) || path.has(table)) return;
    path.add(table);
    for (const fk of foreignKeys.get(table) ?? []) if (fk.parent !== table) visit(fk.parent, path);
    order.push(table);
  };
  for (const table of columns.keys()) visit(table, new Set());
  return { columns, foreignKeys, order };
}

/** SQL condition selecting `table`'s rows of förbund `federationId`, following foreign keys. */
function belongsTo(catalog: TCatalog, table: string, federationId: string): string {
  const columns = catalog.columns.get(table) ?? [];
  if (table === 'Federation') return `"id" = '${federationId}'`;
  if (columns.some((c) => c.name === 'federationId')) return `"federationId" = '${federationId}'`;
  const fk = (catalog.foreignKeys.get(table) ?? []).find((f) => f.parent !== table);
  if (!fk) throw new Error(`Tabellen ${table} hör inte till något förbund`);
  return `${q(fk.column)} IN (SELECT "id" FROM ${q(fk.parent)} WHERE ${belongsTo(catalog, fk.parent, federationId)})`;
}

interface TCopy {
  /** Tables to copy (a foreign key into this set is remapped). */
  tables: string[];
  federationId: string;
  suffix: string;
  /** Extra row filter per table. */
  where?: Record<string, string>;
  /** Column expressions per table (after remapping), e.g. a new key. */
  set?: Record<string, Record<string, string>>;
  /** Shift every `year`, period string and date of the copied rows back by this many years. */
  yearsBack?: number;
  /** Skip rows that would collide (ON CONFLICT DO NOTHING) and children of skipped rows. */
  skipConflicts?: boolean;
}

/** Copies rows of one förbund (see TCopy); returns the number of rows inserted. */
export async function copyRows(exec: TExec, catalog: TCatalog, copy: TCopy): Promise<void> {
  const inSet = new Set(copy.tables);
  for (const table of catalog.order.filter((t) => inSet.has(t))) {
    const columns = catalog.columns.get(table)!;
    const fks = catalog.foreignKeys.get(table) ?? [];
    const remapped = new Set(fks.filter((f) => inSet.has(f.parent)).map((f) => f.column));
    // Some tables carry federationId without a foreign key constraint.
    if (inSet.has('Federation') && columns.some((c) => c.name === 'federationId'))
      remapped.add('federationId');
    const filters = [belongsTo(catalog, table, copy.federationId)];
    if (copy.where?.[table]) filters.push(copy.where[table]);
    if (copy.skipConflicts) {
      for (const fk of fks.filter((f) => inSet.has(f.parent)))
        filters.push(
          `(${q(fk.column)} IS NULL OR ${q(fk.column)} || '${copy.suffix}' IN (SELECT "id" FROM ${q(fk.parent)}))`,
        );
    }
    const back = copy.yearsBack ?? 0;
    const expressions = columns.map((column) => {
      const custom = copy.set?.[table]?.[column.name];
      if (custom) return custom;
      if (column.name === 'id' && column.type === 'text') return `"id" || '${copy.suffix}'`;
      if (remapped.has(column.name)) return `${q(column.name)} || '${copy.suffix}'`;
      if (back) {
        if (column.name === 'year') return `"year" - ${back}`;
        if (column.name === 'period')
          return `((substr("period", 1, 4)::int - ${back})::text || substr("period", 5))`;
        if (column.type === 'date' || column.type.startsWith('timestamp'))
          return `${q(column.name)} - interval '${back} years'`;
      }
      return q(column.name);
    });
    await exec(
      `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(', ')})
       SELECT ${expressions.join(', ')} FROM ${q(table)} WHERE ${filters.join(' AND ')}
       ${copy.skipConflicts ? 'ON CONFLICT DO NOTHING' : ''}`,
    );
  }
}

/**
 * Participant figures vary by ±25 % by a hash of what the row is (its intervention's key, period,
 * measure and gender) and the copy: deterministic from run to run (the seed's ids are random
 * UUIDs, so a hash of the id would give other figures each run), different per copy.
 */
function vary(column: string, salt: string) {
  const what = `coalesce((SELECT i."key" FROM "Intervention" i WHERE i."id" = "ParticipantFigure"."interventionId"), '') || "period" || "measure"::text || "gender"::text`;
  return `GREATEST(0, round(${q(column)} * (0.75 + (abs(hashtext(${what} || '${salt}${SEED}')) % 51) / 100.0))::int)`;
}

export interface TShape {
  federationId: string;
  /** The newest year of the seed (2024): the year copied back. */
  newestYear: number;
}

/**
 * Doubles the seeded förbund's active interventions (those with a kvartalsrapport in the newest
 * year): each gets a copy with its own key, aliases, budgets, reports, figures and outcomes.
 */
export async function addInterventions(
  exec: TExec,
  catalog: TCatalog,
  shape: TShape,
): Promise<void> {
  const suffix = '_b';
  await copyRows(exec, catalog, {
    tables: INTERVENTION_TABLES,
    federationId: shape.federationId,
    suffix,
    where: {
      Intervention: `"id" IN (SELECT "interventionId" FROM "QuarterlyReport" WHERE "year" = ${shape.newestYear})`,
    },
    set: {
      Intervention: { key: `"key" || '${suffix}'`, name: `"name" || ' II'`, predecessorId: 'NULL' },
      InterventionAlias: { alias: `"alias" || '${suffix}'` },
      ParticipantFigure: { count: vary('count', suffix) },
    },
    skipConflicts: true,
  });
}

/** Gives the förbund `years` years of data: the newest year copied to the years before it. */
export async function addYears(
  exec: TExec,
  catalog: TCatalog,
  shape: TShape,
  fromYears: number,
  toYears: number,
): Promise<void> {
  for (let back = fromYears; back < toYears; back++) {
    const suffix = `_y${back}`;
    const where: Record<string, string> = {};
    for (const table of YEAR_TABLES)
      if (catalog.columns.get(table)?.some((c) => c.name === 'year'))
        where[table] = `"year" = ${shape.newestYear}`;
    where.ParticipantReport = `"period" LIKE '${shape.newestYear}%'`;
    where.BudgetAdjustment = `extract(year from "date") = ${shape.newestYear}`;
    await copyRows(exec, catalog, {
      tables: YEAR_TABLES.filter((t) => catalog.columns.has(t)),
      federationId: shape.federationId,
      suffix,
      where,
      set: { ParticipantFigure: { count: vary('count', suffix) } },
      yearsBack: back,
      skipConflicts: true,
    });
  }
}

/** Copies the whole förbund `copies` times (förbund number `first` onwards). */
export async function addFederations(
  exec: TExec,
  catalog: TCatalog,
  shape: TShape,
  first: number,
  last: number,
): Promise<void> {
  const tables = catalog.order.filter((t) => !SKIPPED.has(t));
  for (let n = first; n <= last; n++) {
    const suffix = `_f${n}`;
    await copyRows(exec, catalog, {
      tables,
      federationId: shape.federationId,
      suffix,
      set: {
        Federation: { key: `"key" || '${suffix}'`, name: `"name" || ' ${n}'` },
        User: { email: `'f${n}.' || "email"` },
        ParticipantFigure: { count: vary('count', suffix) },
      },
    });
  }
}
