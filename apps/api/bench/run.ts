/**
 * National-scale benchmark (`pnpm bench`, issue 16). Generates the national data set from the
 * seeded förbund (bench/generate.ts) into `bench_national` on the PostgreSQL server (dropped and
 * recreated) and, smaller, into an embedded PGlite; starts the real app on each; measures one
 * förbund's dashboards with 1 and 20 concurrent clients, the report save under 20 users, the
 * queries per request and the same queries run bare, the growth with förbund and years, and
 * Lighthouse when it is installed. Writes docs/benchmarks.md. Nothing here asserts timings.
 *
 *   pnpm bench [-- --quick] [-- --save-as before] [-- --no-pglite] [-- --no-lighthouse]
 *              [-- --processes 1,2]
 *
 * `--processes 1,2` also measures the 20-client figures against 1 and then 2 separate API
 * processes (bench/api-process.ts) on the same PostgreSQL database, the clients spread round-robin
 * over them: what several API processes behind a load balancer give on this machine.
 *
 * BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server;
 * BENCH_POOL the connections per API process (default 10, as the app's default).
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { openDatabase } from '@finsam/db';
import type { TOpenDatabase, TQueryEvent } from '@finsam/db';
import { DEMO_PASSWORD, seedIfEmpty } from '@finsam/db/seed';
import { CSRF_HEADER } from '@finsam/domain';
import { createApp } from '../src/app.ts';
import { calibrateCpu } from './calibrate.ts';
import { addFederations, addInterventions, addYears, readCatalog } from './generate.ts';
import type { TExec, TQuery, TShape } from './generate.ts';
import { httpRequest } from './http-client.ts';
import { measure } from './measure.ts';
import type { TLatency, TRequest } from './measure.ts';
import { runLighthouse } from './lighthouse.ts';
import type { TLighthouseResult } from './lighthouse.ts';
import { renderReport } from './report.ts';
import type { TBenchResults, TEndpointResult, TGrowthPoint, TProcessRun } from './report.ts';

const { values } = parseArgs({
  // `pnpm bench -- --quick` passes the `--` on.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    'save-as': { type: 'string' },
    'no-pglite': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    processes: { type: 'string' },
  },
});
const QUICK = values.quick;
const REQUESTS_1 = QUICK ? 40 : 150;
const REQUESTS_20 = QUICK ? 200 : 600;
const GROWTH_REQUESTS = QUICK ? 25 : 60;
/** Requests per dashboard before the first growth point: JIT and caches warm, not the first point. */
const WARM_UP_REQUESTS = QUICK ? 40 : 100;
const PROCESS_COUNTS = (values.processes ?? '')
  .split(',')
  .filter(Boolean)
  .map((n) => Number(n))
  .filter((n) => Number.isInteger(n) && n > 0);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const CLIENTS = 20;
const SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** BENCH_DB_NAME lets two checkouts benchmark on one server without dropping each other's data. */
const DB_NAME = process.env.BENCH_DB_NAME ?? 'bench_national';
const REPO = path.resolve(import.meta.dirname, '../../..');
const RESULTS_DIR = path.join(import.meta.dirname, 'results');

const print = (text = '') => process.stdout.write(`${text}\n`);

/** Every statement of the open database, Prisma's and the direct ones (decision 024). */
const queryEvents: TQueryEvent[] = [];
const onQuery = (event: TQueryEvent) => void queryEvents.push(event);

interface TSession {
  headers: Record<string, string>;
}

interface TRunning {
  /** The API's address(es): client n talks to bases[n % bases.length]. */
  bases: string[];
  server?: Server;
  events: TQueryEvent[];
}

const baseFor = (running: Pick<TRunning, 'bases'>, client: number) =>
  running.bases[client % running.bases.length]!;

async function startApp(db: TOpenDatabase): Promise<TRunning> {
  const app = createApp({
    prisma: db.prisma,
    logger: pino({ level: 'silent' }),
    production: false,
  });
  const server = app.listen(0, '127.0.0.1');
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    bases: [`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`],
    server,
    events: queryEvents,
  };
}

async function login(base: string, email: string): Promise<TSession> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Inloggningen som ${email}: ${response.status}`);
  const cookie = String(response.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { cookie, [CSRF_HEADER]: csrfToken } };
}

function getter(running: Pick<TRunning, 'bases'>, url: string, sessions: TSession[]): TRequest {
  return async (client) => {
    const answer = await httpRequest(`${baseFor(running, client)}${url}`, {
      headers: sessions[client % sessions.length]!.headers,
    });
    return { ok: answer.status === 200, bytes: answer.body.byteLength };
  };
}

interface TTarget {
  federationId: string;
  memberId: string;
  interventionId: string;
}

async function findTarget(query: TQuery): Promise<TTarget> {
  const [federation] = await query<{ id: string }>(
    `SELECT "id" FROM "Federation" ORDER BY "createdAt", "id" LIMIT 1`,
  );
  const [member] = await query<{ id: string }>(
    `SELECT "id" FROM "Member" WHERE "federationId" = '${federation!.id}' AND "key" = 'knivsta'`,
  );
  const [intervention] = await query<{ id: string }>(
    `SELECT "id" FROM "Intervention" WHERE "federationId" = '${federation!.id}' AND "key" = 'regexpro'`,
  );
  return { federationId: federation!.id, memberId: member!.id, interventionId: intervention!.id };
}

function dashboards(target: TTarget): [string, string][] {
  return [
    ['Överblick', '/dashboard?period=2024H1'],
    ['Kommun', `/municipalities/${target.memberId}/dashboard?period=2024H1`],
    ['Insats', `/interventions/${target.interventionId}/dashboard?period=2024H1`],
  ];
}

/** The SQL one request issued (Prisma query events), without the driver's own COMMIT line. */
async function captureStatements(running: TRunning, request: TRequest) {
  await request(0);
  running.events.length = 0;
  await request(0);
  return running.events.splice(0);
}

/**
 * Runs captured statements bare through pg, one after another, 7 times; the median in ms.
 * `prepare` runs first each round (untimed), e.g. to undo a write so it can be replayed.
 */
async function timeBare(
  bare: pg.Client,
  statements: TQueryEvent[],
  options: { transaction?: boolean; prepare?: () => Promise<unknown> } = {},
): Promise<number | null> {
  const times: number[] = [];
  try {
    for (let round = 0; round < 7; round++) {
      if (options.transaction) await bare.query('BEGIN');
      await options.prepare?.();
      const started = performance.now();
      for (const statement of statements) {
        if (statement.query.startsWith('--')) continue; // the adapter's own COMMIT note
        const params = JSON.parse(statement.params || '[]') as unknown[];
        // A replayed INSERT needs a fresh id (the original row exists until the rollback).
        if (/^INSERT INTO \S+ \("id"/.test(statement.query)) params[0] = `bare_${round}`;
        await bare.query(statement.query, params);
      }
      // A write is replayed in a transaction and rolled back: its figure has no commit flush.
      if (options.transaction) await bare.query('ROLLBACK');
      times.push(performance.now() - started);
    }
  } catch (error) {
    if (options.transaction) await bare.query('ROLLBACK').catch(() => undefined);
    print(`  (kunde inte köra SQL:en bart: ${String(error)})`);
    return null;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** One request alone: the SQL it issued and those statements run bare. */
async function countQueries(
  running: TRunning,
  request: TRequest,
  bare?: pg.Client,
): Promise<{ queries: number; bareMs: number | null }> {
  const statements = await captureStatements(running, request);
  return { queries: statements.length, bareMs: bare ? await timeBare(bare, statements) : null };
}

async function measureEndpoints(
  running: TRunning,
  sessions: TSession[],
  target: TTarget,
  bare: pg.Client | undefined,
  query: TQuery,
  exec: TExec,
): Promise<TEndpointResult[]> {
  const results: TEndpointResult[] = [];
  for (const [name, url] of dashboards(target)) {
    const request = getter(running, url, sessions);
    const counted = await countQueries(running, request, bare);
    const single = await measure(request, 1, REQUESTS_1);
    const many = await measure(request, CLIENTS, REQUESTS_20);
    print(`  ${name}: ${line(single)} | ${line(many)} | ${counted.queries} frågor`);
    results.push({ name, single, many, ...counted });
  }
  const save = await saver(running, sessions, target, query, exec);
  const statements = await captureStatements(running, save.request);
  // Replaying the save: its UPDATE matches the version it was sent with, so step the report back
  // to it inside the transaction that is rolled back. The write statement (decision 018) inserts
  // its audit entry with an id it was given: remove the original row so the replay can insert it.
  const givenIds = statements.flatMap((statement) =>
    (JSON.parse(statement.params || '[]') as unknown[]).filter(
      (param): param is string => typeof param === 'string',
    ),
  );
  const bareMs = bare
    ? await timeBare(bare, statements, {
        transaction: true,
        prepare: async () => {
          await bare.query(
            `UPDATE "QuarterlyReport" SET "version" = "version" - 1 WHERE "id" = $1`,
            [save.firstId],
          );
          await bare.query(`DELETE FROM "AuditEntry" WHERE "id" = ANY($1::text[])`, [givenIds]);
        },
      })
    : null;
  const single = await measure(save.request, 1, REQUESTS_1);
  const many = await measure(save.request, CLIENTS, REQUESTS_20);
  print(`  ${SAVE}: ${line(single)} | ${line(many)} | ${statements.length} frågor`);
  results.push({ name: SAVE, single, many, queries: statements.length, bareMs });
  return results;
}

const SAVE = 'Spara kvartalsrapport';

/**
 * Saving a kvartalsrapport as the web app autosaves a draft (PATCH /reports/:id with the version
 * it holds): client n saves its own draft report (one of 20) over and over as user n.
 */
async function saver(
  running: Pick<TRunning, 'bases'>,
  sessions: TSession[],
  target: TTarget,
  query: TQuery,
  exec: TExec,
): Promise<{ request: TRequest; firstId: string }> {
  const reports = await query<{ id: string }>(
    `SELECT r."id" FROM "QuarterlyReport" r JOIN "Intervention" i ON i."id" = r."interventionId"
     WHERE i."federationId" = '${target.federationId}' AND r."year" < 2024
     ORDER BY r."year" DESC, r."id" LIMIT ${CLIENTS}`,
  );
  await exec(
    `UPDATE "QuarterlyReport" SET "status" = 'DRAFT' WHERE "id" IN (${reports.map((r) => `'${r.id}'`).join(', ')})`,
  );
  const versions = new Map<string, number>();
  for (const [i, report] of reports.entries()) {
    const response = await fetch(`${baseFor(running, i)}/reports/${report.id}`, {
      headers: sessions[i % sessions.length]!.headers,
    });
    versions.set(report.id, ((await response.json()) as { version: number }).version);
  }
  let round = 0;
  const request: TRequest = async (client) => {
    const id = reports[client % reports.length]!.id;
    const answer = await httpRequest(`${baseFor(running, client)}/reports/${id}`, {
      method: 'PATCH',
      headers: {
        ...sessions[client % sessions.length]!.headers,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ version: versions.get(id), comment: `Mätning ${round++}` }),
    });
    const body = JSON.parse(answer.body.toString('utf8')) as { version?: number };
    if (answer.status === 200 && body.version !== undefined) versions.set(id, body.version);
    return { ok: answer.status === 200, bytes: answer.body.byteLength };
  };
  return { request, firstId: reports[0]!.id };
}

function line(l: TLatency) {
  return `${l.clients} kl. p50 ${l.p50.toFixed(1)} p95 ${l.p95.toFixed(1)} ms ${l.perSecond.toFixed(0)}/s${l.failed ? ` ${l.failed} fel` : ''}`;
}

/**
 * Before the first growth point: every dashboard asked WARM_UP_REQUESTS times, so the first point
 * (1 förbund × 1 år) measures the code warm like the others, not V8's first compilations.
 */
async function warmUp(running: TRunning, sessions: TSession[], target: TTarget) {
  for (const [, url] of dashboards(target))
    await measure(getter(running, url, sessions), 1, WARM_UP_REQUESTS);
}

async function growthPoint(
  running: TRunning,
  sessions: TSession[],
  target: TTarget,
  federations: number,
  years: number,
): Promise<TGrowthPoint> {
  const point: TGrowthPoint = { federations, years, p50: {}, p95: {} };
  for (const [name, url] of dashboards(target)) {
    const result = await measure(getter(running, url, sessions), 1, GROWTH_REQUESTS);
    point.p50[name] = result.p50;
    point.p95[name] = result.p95;
  }
  print(
    `  tillväxt ${federations} förbund × ${years} år: ${Object.entries(point.p50)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')} ms (p50)`,
  );
  return point;
}

async function createBenchUsers(exec: TExec, query: TQuery, federationId: string) {
  const columns = await query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'User' ORDER BY ordinal_position`,
  );
  const names = columns.map((c) => c.column_name);
  for (let n = 1; n < CLIENTS; n++) {
    const expressions = names.map((c) =>
      c === 'id' ? `"id" || '_bench${n}'` : c === 'email' ? `'bench${n}@demo.se'` : `"${c}"`,
    );
    await exec(
      `INSERT INTO "User" (${names.map((c) => `"${c}"`).join(', ')}) SELECT ${expressions.join(', ')}
       FROM "User" WHERE "federationId" = '${federationId}' AND "email" = 'kansli@demo.se'`,
    );
  }
}

async function sessionsFor(base: string): Promise<TSession[]> {
  const sessions = [await login(base, 'kansli@demo.se')];
  for (let n = 1; n < CLIENTS; n++) sessions.push(await login(base, `bench${n}@demo.se`));
  return sessions;
}

async function rowCounts(query: TQuery, federationId: string) {
  const [row] = await query<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM "Federation") AS federations,
       (SELECT count(*)::int FROM "Intervention" WHERE "federationId" = '${federationId}') AS interventions,
       (SELECT count(*)::int FROM "ParticipantFigure" WHERE "federationId" = '${federationId}') AS "participantFigures",
       (SELECT count(*)::int FROM "QuarterlyReport" r JOIN "Intervention" i ON i."id" = r."interventionId" WHERE i."federationId" = '${federationId}') AS reports,
       (SELECT count(*)::int FROM "Outcome" o JOIN "Intervention" i ON i."id" = o."interventionId" WHERE i."federationId" = '${federationId}') AS outcomes,
       (SELECT count(*)::int FROM "ParticipantFigure") AS "participantFiguresAll",
       (SELECT count(*)::int FROM "QuarterlyReport") AS "reportsAll"`,
  );
  return row!;
}

interface TDatabaseRun {
  endpoints: TEndpointResult[];
  growth: TGrowthPoint[];
  rows: Record<string, number>;
  generateSeconds: number;
  /** For the multi-process mode, which measures the same förbund with the same users. */
  target: TTarget;
  sessions: TSession[];
}

/**
 * Builds the data set step by step on an open database and measures as it grows: 1, 5, 10 years
 * of one förbund, then 10 and `federations` förbund; the full measurement at the end.
 */
async function runDatabase(
  db: TOpenDatabase,
  exec: TExec,
  query: TQuery,
  federations: number,
  bare?: pg.Client,
): Promise<TDatabaseRun> {
  await seedIfEmpty(db.prisma, { demoUsers: true });
  const catalog = await readCatalog(query);
  const target = await findTarget(query);
  const shape: TShape = { federationId: target.federationId, newestYear: 2024 };
  await createBenchUsers(exec, query, target.federationId);
  const running = await startApp(db);
  const growth: TGrowthPoint[] = [];
  let generateSeconds = 0;
  const timed = async (step: () => Promise<void>) => {
    const started = performance.now();
    await step();
    // VACUUM too: the fresh rows get their visibility map and hint bits now, not during the next
    // point (an autovacuum run or the first reads of each page would distort it).
    await exec('VACUUM (ANALYZE)');
    generateSeconds += (performance.now() - started) / 1000;
  };
  try {
    const sessions = await sessionsFor(running.bases[0]!);
    await timed(() => addInterventions(exec, catalog, shape));
    await warmUp(running, sessions, target);
    growth.push(await growthPoint(running, sessions, target, 1, 1));
    await timed(() => addYears(exec, catalog, shape, 1, 5));
    growth.push(await growthPoint(running, sessions, target, 1, 5));
    await timed(() => addYears(exec, catalog, shape, 5, 10));
    growth.push(await growthPoint(running, sessions, target, 1, 10));
    await timed(() => addFederations(exec, catalog, shape, 1, 9));
    growth.push(await growthPoint(running, sessions, target, 10, 10));
    if (federations > 10) {
      await timed(() => addFederations(exec, catalog, shape, 10, federations - 1));
      growth.push(await growthPoint(running, sessions, target, federations, 10));
    }
    print(`  data genererad på ${generateSeconds.toFixed(1)} s`);
    const rows = await rowCounts(query, target.federationId);
    const endpoints = await measureEndpoints(running, sessions, target, bare, query, exec);
    return { endpoints, growth, rows, generateSeconds, target, sessions };
  } finally {
    await new Promise<void>((resolve) => running.server!.close(() => resolve()));
  }
}

/** CPU time (user + system) a process has used so far, ms, from /proc (Linux). */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime (fields 14 and 15 of the line) in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function startApiProcess(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, path.join(import.meta.dirname, 'api-process.ts'), url, String(POOL)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API-processen avslutades (${code})`)));
    lines.once('line', (first) => resolve((JSON.parse(first) as { port: number }).port));
  });
  child.removeAllListeners('exit');
  return { child, base: `http://127.0.0.1:${port}/api` };
}

/**
 * The 20-client figures against `count` separate API processes on the same database, the clients
 * spread round-robin over them (as a load balancer would), plus the API processes' own CPU time
 * per request: this process only runs the clients.
 */
async function measureProcesses(
  url: string,
  count: number,
  run: TDatabaseRun,
  query: TQuery,
  exec: TExec,
): Promise<TProcessRun> {
  const children = await Promise.all(Array.from({ length: count }, () => startApiProcess(url)));
  const running = { bases: children.map((c) => c.base) };
  const pids = children.map((c) => c.child.pid!);
  const apiCpu = () => pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const endpoints: TProcessRun['endpoints'] = [];
  try {
    const requests: [string, TRequest][] = dashboards(run.target).map(([name, path]) => [
      name,
      getter(running, path, run.sessions),
    ]);
    requests.push([SAVE, (await saver(running, run.sessions, run.target, query, exec)).request]);
    for (const [name, request] of requests) {
      // Every process warm before it is measured (client n goes to process n % count).
      await measure(request, CLIENTS, WARM_UP_REQUESTS);
      const cpuBefore = apiCpu();
      const many = await measure(request, CLIENTS, REQUESTS_20);
      const apiCpuMs = (apiCpu() - cpuBefore) / many.requests;
      print(
        `  ${count} API-process(er), ${name}: ${line(many)} | API-CPU ${apiCpuMs.toFixed(1)} ms/anrop`,
      );
      endpoints.push({ name, many, apiCpuMs });
    }
  } finally {
    for (const { child } of children) child.stdin!.end();
    await Promise.all(
      children.map(({ child }) => new Promise((resolve) => child.once('exit', resolve))),
    );
  }
  return { processes: count, pool: POOL, endpoints };
}

async function benchPostgres(): Promise<TDatabaseRun & { processRuns: TProcessRun[] }> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB_NAME}`;
  const db = await openDatabase({ url: url.toString(), maxConnections: 10, onQuery });
  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  const exec: TExec = (sql) => raw.query(sql);
  const query: TQuery = async <T>(sql: string) => (await raw.query(sql)).rows as T[];
  try {
    print(`PostgreSQL (${url.host}/${DB_NAME})`);
    const run = await runDatabase(db, exec, query, 80, raw);
    const processRuns: TProcessRun[] = [];
    for (const count of PROCESS_COUNTS)
      processRuns.push(await measureProcesses(url.toString(), count, run, query, exec));
    return { ...run, processRuns };
  } finally {
    await raw.end();
    await db.close();
  }
}

async function benchEmbedded(): Promise<TDatabaseRun> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'finsam-bench-'));
  const url = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  let db: TOpenDatabase | undefined;
  try {
    db = await openDatabase({ dataDir, onQuery });
    const prisma = db.prisma;
    const exec: TExec = (sql) => prisma.$executeRawUnsafe(sql);
    const query: TQuery = <T>(sql: string) => prisma.$queryRawUnsafe<T[]>(sql);
    print('PGlite (inbäddad, 10 förbund)');
    return await runDatabase(db, exec, query, 10);
  } finally {
    if (url !== undefined) process.env.DATABASE_URL = url;
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The results file keeps figures only (no session cookies). */
function withoutSessions<T extends TDatabaseRun>(run: T) {
  const { sessions: _sessions, target: _target, ...figures } = run;
  return figures;
}

const startedAt = new Date();
const loadBefore = loadavg();
const calibrationBefore = calibrateCpu();
const postgres = await benchPostgres();
const embedded = values['no-pglite'] ? null : await benchEmbedded();
let lighthouse: TLighthouseResult[] | string = 'Lighthouse kördes inte (`--no-lighthouse`).';
if (!values['no-lighthouse']) {
  try {
    lighthouse = await runLighthouse(REPO, print);
  } catch (error) {
    lighthouse = `Lighthouse kördes inte: ${String(error)}`;
  }
}
const results: TBenchResults = {
  date: startedAt.toISOString(),
  quick: QUICK,
  machine: {
    cores: cpus().length,
    model: cpus()[0]?.model ?? '?',
    loadBefore,
    loadAfter: loadavg(),
    node: process.version,
    cpuCalibrationMs: { before: calibrationBefore, after: calibrateCpu() },
  },
  postgres: withoutSessions(postgres),
  embedded: embedded && withoutSessions(embedded),
  lighthouse,
};
mkdirSync(RESULTS_DIR, { recursive: true });
const savedPath = values['save-as'] ? path.join(RESULTS_DIR, `${values['save-as']}.json`) : null;
if (savedPath) writeFileSync(savedPath, `${JSON.stringify(results, null, 2)}\n`);
const beforePath = path.join(RESULTS_DIR, 'before.json');
const before = existsSync(beforePath)
  ? (JSON.parse(readFileSync(beforePath, 'utf8')) as TBenchResults)
  : null;
const notesPath = path.join(import.meta.dirname, 'notes.md');
const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
const reportPath = path.join(REPO, 'docs/benchmarks.md');
writeFileSync(reportPath, renderReport(results, before, notes));
// The repository's format check covers docs/ and the saved results: the tables are aligned and the
// JSON laid out the way prettier does it.
const prettier = path.join(REPO, 'node_modules/.bin/prettier');
if (existsSync(prettier))
  execFileSync(prettier, ['--write', reportPath, ...(savedPath ? [savedPath] : [])], {
    stdio: 'ignore',
  });
print('docs/benchmarks.md skriven.');
