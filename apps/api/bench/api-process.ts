/**
 * One API process of the benchmark's multi-process mode (`pnpm bench -- --processes 1,2`): the
 * real app on the bench database, on a free port of 127.0.0.1, as a separate process the way
 * several API processes behind a load balancer share one PostgreSQL server. Prints its port as
 * one JSON line and runs until its standard input closes (the benchmark ends it that way).
 *
 *   tsx bench/api-process.ts <database url> <pool size>
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { openDatabase } from '@finsam/db';
import { createApp } from '../src/app.ts';

const [url, pool] = process.argv.slice(2);
if (!url) throw new Error('usage: api-process.ts <database url> [pool size]');
const db = await openDatabase({ url, migrate: false, maxConnections: Number(pool ?? 10) });
const app = createApp({ prisma: db.prisma, logger: pino({ level: 'silent' }), production: false });
const server = app.listen(0, '127.0.0.1');
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.once('listening', resolve));
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
});
