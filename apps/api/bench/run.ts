/**
 * Read benchmark of the main API reads (`pnpm bench`). Starts the real app on a fresh embedded
 * database (PGlite, migrated and seeded with the seed papers) and, when DATABASE_URL is set, again
 * on a fresh database created on that PostgreSQL server (dropped afterwards). Signs in as the
 * office and sends a bounded number of requests to 127.0.0.1 only, then prints latency percentiles
 * and requests per second per endpoint. Nothing here asserts timings.
 *
 *   pnpm bench [-- --requests 300 --concurrency 8]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createPrismaClient, openDatabase } from '@finsam/db';
import type { TOpenDatabase } from '@finsam/db';
import { DEMO_PASSWORD, seedIfEmpty } from '@finsam/db/seed';
import { CSRF_HEADER } from '@finsam/domain';
import { createApp } from '../src/app.ts';
import { routeDocs } from '../src/routes/index.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
  },
});
/** Requests per endpoint; capped so a typo cannot turn the benchmark into a load test. */
const REQUESTS = Math.min(Math.max(Number(values.requests) || 300, 10), 5_000);
const CONCURRENCY = Math.min(Math.max(Number(values.concurrency) || 8, 1), 64);
const WARM_UP = 10;

const print = (text = '') => process.stdout.write(`${text}\n`);

interface TResult {
  name: string;
  ok: number;
  failed: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  perSecond: number;
  /** CPU time of this process (client, API and PGlite alike) per request: steadier than wall time on a busy machine. */
  cpuMs: number;
}

/** Nearest-rank percentile of sorted latencies (ms). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(
  name: string,
  url: string,
  headers: Record<string, string>,
): Promise<TResult> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.status === 200 };
  };
  for (let i = 0; i < WARM_UP; i++) await once();

  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const result = await once();
        latencies.push(result.ms);
        if (!result.ok) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    name,
    ok: latencies.length - failed,
    failed,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    perSecond: latencies.length / seconds,
    cpuMs: (cpu.user + cpu.system) / 1000 / latencies.length,
  };
}

function printTable(title: string, results: TResult[]) {
  const header = [
    'endpoint',
    'ok',
    'fel',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'req/s',
    'CPU ms/anrop',
  ];
  const rows = results.map((r) => [
    r.name,
    String(r.ok),
    String(r.failed),
    r.p50.toFixed(1),
    r.p90.toFixed(1),
    r.p99.toFixed(1),
    r.max.toFixed(1),
    r.perSecond.toFixed(0),
    r.cpuMs.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  print();
  print(
    `${title} — ${REQUESTS} anrop per endpoint, ${CONCURRENCY} samtidiga (belastning ${loadavg()[0]!.toFixed(1)})`,
  );
  print(line(header));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) print(line(row));
}

async function runAgainst(title: string, db: TOpenDatabase): Promise<void> {
  await seedIfEmpty(db.prisma, { demoUsers: true });
  const app = createApp({
    prisma: db.prisma,
    logger: pino({ level: 'silent' }),
    production: false,
  });
  const server = app.listen(0, '127.0.0.1');
  // A busy machine can leave a kept-alive connection idle past Node's 5 s default; the server
  // closing it just as fetch reuses it gave ECONNRESET.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  try {
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kansli@demo.se', password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`Inloggningen misslyckades: ${login.status}`);
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, [CSRF_HEADER]: csrfToken };

    const regexpro = await db.prisma.intervention.findFirstOrThrow({
      where: { key: 'regexpro' },
      select: { id: true },
    });
    const endpoints: [string, string][] = [
      ['GET /interventions', '/interventions'],
      ['GET /interventions/:id', `/interventions/${regexpro.id}`],
      ['GET /interventions/:id/budgets', `/interventions/${regexpro.id}/budgets`],
      ['GET /interventions/:id/outcomes', `/interventions/${regexpro.id}/outcomes`],
      ['GET /economic-plans/2024', '/economic-plans/2024'],
    ];
    if (routeDocs.some((doc) => doc.method === 'get' && doc.path === '/dashboard')) {
      endpoints.push(['GET /dashboard?period=2024H1', '/dashboard?period=2024H1']);
    }
    const results: TResult[] = [];
    for (const [name, url] of endpoints)
      results.push(await measure(name, `${base}${url}`, headers));
    printTable(title, results);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function benchEmbedded() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'finsam-bench-'));
  // openDatabase prefers DATABASE_URL; the embedded run must not touch that server.
  const url = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  const started = performance.now();
  let db: TOpenDatabase | undefined;
  try {
    db = await openDatabase({ dataDir });
    print(
      `Inbäddad databas (PGlite) startad och migrerad på ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await runAgainst('PGlite (inbäddad)', db);
  } finally {
    if (url !== undefined) process.env.DATABASE_URL = url;
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres(serverUrl: string) {
  const url = new URL(serverUrl);
  const name = `finsam_bench_${process.pid}_${Date.now()}`;
  const admin = createPrismaClient(serverUrl, 1);
  await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  let db: TOpenDatabase | undefined;
  try {
    db = await openDatabase({ url: url.toString(), maxConnections: 10 });
    await runAgainst(`PostgreSQL (${url.host})`, db);
  } finally {
    await db?.close();
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.$disconnect();
  }
}

await benchEmbedded();
if (process.env.DATABASE_URL) await benchPostgres(process.env.DATABASE_URL);
print();
