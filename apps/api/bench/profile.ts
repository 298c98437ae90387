/**
 * A profiling and comparison aid on a database `pnpm bench` has generated (not part of the bench,
 * nothing asserted). Boots the real app in this process on the bench database, logs in as the
 * seeded roles and either
 *
 * - `load <name> <n>` asks one dashboard (Överblick, Kommun, Insats) n times with one client and
 *   prints the process's CPU ms per request; run it under `node --cpu-prof --import tsx` to see
 *   where the time goes; `load-computed` the same with the cached answers deleted before each
 *   request (decision 019), so every Överblick is computed as after a write;
 * - `dump <name>` prints one dashboard's JSON as the office sees it;
 * - `hash` asks every dashboard for several periods as every role, twice (the trend cache cold
 *   for the period, then warm), and prints one SHA-256 per body: compare two runs with `diff`.
 *
 *   tsx bench/profile.ts <database url> load Överblick 300
 *   tsx bench/profile.ts <database url> hash > before.txt
 */
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { openDatabase } from '@finsam/db';
import { DEMO_PASSWORD } from '@finsam/db/seed';
import { CSRF_HEADER } from '@finsam/domain';
import { createApp } from '../src/app.ts';

const [url, mode, name, count] = process.argv.slice(2);
if (!url || !mode)
  throw new Error('usage: profile.ts <database url> load|load-computed|dump|hash [name] [n]');
const db = await openDatabase({ url, migrate: false, maxConnections: 10 });
const app = createApp({ prisma: db.prisma, logger: pino({ level: 'silent' }), production: false });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;

async function login(email: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
  const cookie = String(response.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  // The accept-encoding is fetch's own (over http: gzip, deflate), as in the bench.
  return { cookie, [CSRF_HEADER]: csrfToken };
}

const [federation] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
  `SELECT "id" FROM "Federation" ORDER BY "createdAt", "id" LIMIT 1`,
);
const members = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
  `SELECT "id" FROM "Member" WHERE "federationId" = $1 ORDER BY "key"`,
  federation!.id,
);
const interventions = await db.prisma.$queryRawUnsafe<{ id: string; key: string }[]>(
  `SELECT "id", "key" FROM "Intervention" WHERE "federationId" = $1 ORDER BY "key"`,
  federation!.id,
);
const knivsta = members.find(() => true)!;
const regexpro = interventions.find((i) => i.key === 'regexpro') ?? interventions[0]!;
const urls: Record<string, string> = {
  Överblick: '/dashboard?period=2024H1',
  Kommun: `/municipalities/${knivsta.id}/dashboard?period=2024H1`,
  Insats: `/interventions/${regexpro.id}/dashboard?period=2024H1`,
};

async function get(path: string, headers: Record<string, string>) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

try {
  if (mode === 'load' || mode === 'load-computed') {
    const headers = await login('kansli@demo.se');
    const path = urls[name ?? 'Överblick']!;
    const n = Number(count ?? 200);
    // load-computed: every answer computed, as the first request after a write (decision 019).
    const forget = async () => {
      if (mode === 'load-computed')
        await db.prisma.$executeRawUnsafe(`DELETE FROM "DashboardAnswer"`);
    };
    for (let i = 0; i < 30; i++) {
      await forget();
      const { status } = await get(path, headers);
      // A failing request is cheap: its CPU would read as a fast dashboard.
      if (status !== 200) throw new Error(`${name}: ${status}`);
    }
    let cpu = 0;
    let wall = 0;
    for (let i = 0; i < n; i++) {
      await forget();
      const before = process.cpuUsage();
      const started = performance.now();
      await get(path, headers);
      const used = process.cpuUsage(before);
      cpu += used.user + used.system;
      wall += performance.now() - started;
    }
    process.stdout.write(
      `${name}: ${(cpu / 1000 / n).toFixed(2)} ms CPU/request (process, client included), ${(wall / n).toFixed(2)} ms wall\n`,
    );
  } else if (mode === 'dump') {
    const headers = { ...(await login('kansli@demo.se')), 'accept-encoding': 'identity' };
    process.stdout.write((await get(urls[name ?? 'Överblick']!, headers)).body);
  } else {
    const roles = ['styrelse', 'kansli', 'knivsta', 'lokus', 'admin'];
    const periods = ['', '2024H1', '2024', '2023', '2022H2', '2024Q1', '2019', '2015H1'];
    const paths: string[] = [];
    for (const period of periods) {
      const query = period ? `?period=${period}` : '';
      paths.push(`/dashboard${query}`, `/municipalities${query}`);
      for (const member of members.slice(0, 3))
        paths.push(`/municipalities/${member.id}/dashboard${query}`);
      for (const intervention of interventions.slice(0, 4))
        paths.push(`/interventions/${intervention.id}/dashboard${query}`);
    }
    // Cold for the trend: forget the cached points, so the first pass computes and stores them.
    await db.prisma.$executeRawUnsafe(`DELETE FROM "DashboardTrendPoint"`);
    for (const pass of ['cold', 'warm'])
      for (const role of roles) {
        const headers = await login(`${role}@demo.se`);
        // Identity only: the hash is of the uncompressed JSON.
        headers['accept-encoding'] = 'identity';
        for (const path of paths) {
          const { status, body } = await get(path, headers);
          const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
          process.stdout.write(`${pass} ${role} ${path} ${status} ${body.length} ${hash}\n`);
        }
      }
  }
} finally {
  server.closeAllConnections();
  server.close();
  await db.close();
}
