import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { DataDirLockedError } from './data-dir-lock.ts';
import { openDatabase } from './open-database.ts';
import { openEmbeddedDatabase } from './embedded-database.ts';
import { testDatabaseKind } from './testing/test-database.ts';

/*
 * Issue 11: one embedded data folder, one process. A second opener is refused (it would see only
 * its own writes and lose the first one's); a process killed with SIGKILL leaves a stale lock that
 * the next start takes over; and no acknowledged write is lost to the kill.
 * These run on PGlite only: the PostgreSQL pass has nothing embedded to test.
 */

const PRISMA_DIR = path.resolve(import.meta.dirname, '..');
// `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild, which a SIGKILL of
// the CLI would leave running.
const TSX_LOADER = pathToFileURL(
  path.join(PRISMA_DIR, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs'),
).href;
const CHILD = path.join(import.meta.dirname, 'testing', 'embedded-child.ts');

const root = mkdtempSync(path.join(tmpdir(), 'finsam-embedded-test-'));
const children: ChildProcess[] = [];

interface TChild {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves when a line starting with `prefix` has been printed (rejects if the child exits). */
  waitFor: (prefix: string, count?: number) => Promise<void>;
}

/** A data folder of its own, copied from the run's migrated, seeded template (no initdb, no migrate). */
function copyOfTemplate(name: string): string {
  const dataDir = path.join(root, name);
  cpSync(path.join(inject('dbTemplate').location, 'data'), dataDir, { recursive: true });
  return dataDir;
}

function startChild(dataDir: string, mode: 'hold' | 'write'): TChild {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CHILD, dataDir, mode], {
    cwd: PRISMA_DIR,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk) => {
    partial += String(chunk);
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  let closed = false;
  // 'close' comes after the child's output has been read to the end.
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      closed = true;
      for (const wake of waiters.splice(0)) wake();
      resolve(code);
    }),
  );
  const waitFor = (prefix: string, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (lines.filter((line) => line.startsWith(prefix)).length >= count) return resolve();
        if (closed) return reject(new Error(`child exited: ${stderr}`));
        waiters.push(check);
      };
      check();
    });
  return { child, lines, stderr: () => stderr, exited, waitFor };
}

async function kill9(running: TChild) {
  running.child.kill('SIGKILL');
  await running.exited;
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(testDatabaseKind() !== 'pglite')('the embedded data folder', () => {
  it('refuses a second process with a Swedish and English message naming the folder and the pid', async () => {
    const dataDir = copyOfTemplate('second-opener');
    const first = startChild(dataDir, 'hold');
    await first.waitFor('ready');

    const second = startChild(dataDir, 'hold');
    expect(await second.exited).toBe(3);
    expect(second.stderr()).toContain(`Datamappen ${dataDir} används redan av en annan process`);
    expect(first.child.pid).toBeDefined();
    expect(first.lines).toContain(`ready ${first.child.pid}`);
    expect(second.stderr()).toContain(`pid ${first.child.pid} `);
    expect(second.stderr()).toContain(`The data folder ${dataDir} is already in use`);

    // The same in this process: refused, and the first holder keeps its lock.
    await expect(openEmbeddedDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8')).pid).toBe(first.child.pid);
    await kill9(first);
  });

  it('takes over the lock of a process killed with SIGKILL, and releases its own on close', async () => {
    const dataDir = copyOfTemplate('stale-lock');
    const killed = startChild(dataDir, 'hold');
    await killed.waitFor('ready');
    await kill9(killed);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    const db = await openDatabase({ dataDir });
    expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8')).pid).toBe(process.pid);
    await db.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('keeps every acknowledged write when the process is killed with SIGKILL mid-write', async () => {
    const dataDir = copyOfTemplate('kill-during-writes');
    const writer = startChild(dataDir, 'write');
    // Four writers at once; kill after at least 40 acknowledged commits, while more are under way.
    await writer.waitFor('ack ', 40);
    await kill9(writer);
    const acknowledged = writer.lines
      .filter((line) => line.startsWith('ack '))
      .map((line) => line.slice(4));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const db = await openDatabase({ dataDir });
    try {
      const rows = await db.prisma.federation.findMany({
        where: { key: { startsWith: 'crash-' } },
        select: { key: true, members: { select: { key: true } } },
      });
      const stored = new Map(rows.map((row) => [row.key, row.members.map((m) => m.key)]));
      const missing = acknowledged.filter((key) => !stored.has(key));
      expect(missing).toEqual([]);
      // All or nothing: no federation without the member written in the same transaction.
      expect(rows.filter((row) => row.members.length !== 1)).toEqual([]);
      for (const key of acknowledged) expect(stored.get(key)).toEqual([`m-${key}`]);
    } finally {
      await db.close();
    }
  });
});
