#!/usr/bin/env node
// The README's test command after install: everything a test needs, then every test.
// 1. Chromium from Debian for the browser tests (never a test tool's own browser download).
// 2. Unit, component and integration tests on the embedded PGlite database.
// 3. The integration tests again on a PostgreSQL server when one is reachable (127.0.0.1:5432).
// 4. The browser tests (e2e/) against the built app on a fresh embedded database.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const results = [];

function run(title, command, extraEnv = {}) {
  process.stdout.write(`\n=== ${title}\n$ ${command}\n`);
  const started = Date.now();
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ title, ok: result.status === 0, seconds });
  return result.status === 0;
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  process.stdout.write(
    'Chromium is missing: installing it from Debian (apt-get install chromium).\n',
  );
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium >/dev/null`, {
    stdio: 'inherit',
  });
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1500 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function ensurePostgres() {
  if (await reachable('127.0.0.1', 5432)) return true;
  if (existsSync('/etc/postgresql')) {
    spawnSync(
      'sh',
      ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'],
      {
        stdio: 'inherit',
      },
    );
    return reachable('127.0.0.1', 5432);
  }
  return false;
}

ensureChromium();
run(
  'Typecheck, lint, format and build',
  'pnpm turbo run typecheck lint build --continue && pnpm run format:check',
);
run(
  'Unit, component and integration tests (embedded PGlite)',
  // Two packages at a time on a 2-core machine: more only makes every test slower and flakier.
  'pnpm turbo run test --continue --concurrency=2',
);
if (await ensurePostgres()) {
  run(
    'Integration tests on PostgreSQL (127.0.0.1:5432)',
    'pnpm -r --workspace-concurrency=1 run test:integration',
    { TEST_DATABASE: 'postgres' },
  );
} else {
  process.stdout.write(
    '\nNo PostgreSQL server on 127.0.0.1:5432: the PostgreSQL pass is skipped.\n',
  );
  results.push({ title: 'Integration tests on PostgreSQL', ok: true, seconds: '0', skipped: true });
}
run('Browser tests (Chromium)', 'pnpm --filter @finsam/e2e run e2e');

process.stdout.write('\n=== Summary\n');
for (const r of results) {
  process.stdout.write(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.title}${r.skipped ? ' (skipped)' : ''} — ${r.seconds} s\n`,
  );
}
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`stages: ${results.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
