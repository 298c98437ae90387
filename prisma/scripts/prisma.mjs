#!/usr/bin/env node
// Runs the Prisma 6.19 CLI without native engines (STACK.md): placeholder engine paths stop it from
// trying to download binaries, which would otherwise hide real errors behind a failed download.
// With no DATABASE_URL, commands that need a database get a temporary embedded PGlite server on
// the app's data folder: one connection, only for this command, holding the folder's lock (so it
// refuses to run while the app has the folder open). The app itself never uses a socket.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const placeholderDir = join(tmpdir(), 'finsam-prisma-placeholders');
mkdirSync(placeholderDir, { recursive: true });
const schemaEngine = join(placeholderDir, 'schema-engine');
const queryEngine = join(placeholderDir, 'libquery_engine.so.node');
for (const file of [schemaEngine, queryEngine]) if (!existsSync(file)) writeFileSync(file, '');

const args = process.argv.slice(2);
const needsDatabase = args[0] === 'migrate';

let stopEmbedded = async () => {};
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: schemaEngine,
  PRISMA_QUERY_ENGINE_LIBRARY: queryEngine,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
if (needsDatabase && !env.DATABASE_URL) {
  const { startEmbeddedServer } = await import('../src/embedded-database.ts').catch(async () => {
    throw new Error('Run through tsx: tsx scripts/prisma.mjs');
  });
  const embedded = await startEmbeddedServer();
  env.DATABASE_URL = embedded.url;
  stopEmbedded = embedded.stop;
}
if (!env.DATABASE_URL) env.DATABASE_URL = 'postgresql://unused@127.0.0.1:1/unused';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const child = spawn(process.execPath, [cli, ...args], {
  cwd: join(here, '..'),
  env,
  stdio: 'inherit',
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await stopEmbedded();
process.exit(code);
