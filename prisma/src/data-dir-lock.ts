import { hostname } from 'node:os';
import { mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

/** Who holds a data folder: written as JSON into the lock file. */
interface TLockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/** A second process tried to open a data folder that a living process holds. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: TLockOwner,
  ) {
    super(
      `Datamappen ${dataDir} används redan av en annan process (pid ${owner.pid} på ${owner.host}, ` +
        `sedan ${owner.startedAt}). Stoppa den först: två processer på samma inbäddade databas ` +
        `skulle tappa varandras ändringar. Kör ingen sådan process, ta bort ${dataDir}.lock.\n` +
        `The data folder ${dataDir} is already in use by another process (pid ${owner.pid} on ` +
        `${owner.host}, since ${owner.startedAt}). Stop it first: two processes on one embedded ` +
        `database would lose each other's writes. If no such process runs, delete ${dataDir}.lock.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface TDataDirLock {
  lockFile: string;
  release: () => void;
}

function readOwner(lockFile: string): TLockOwner | null {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as TLockOwner;
  } catch {
    return null; // Gone, or half written by a process killed mid-write.
  }
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process that is no longer running on this machine (killed, crashed). */
function isStale(owner: TLockOwner | null): boolean {
  if (owner === null) return true;
  if (owner.host !== hostname()) return false; // Cannot tell: never steal another machine's lock.
  return !isAlive(owner.pid);
}

/**
 * Takes the lock of an embedded data folder for this process's lifetime: `<dataDir>.lock`, created
 * exclusively (O_EXCL). PGlite is one process on one folder; a second opener would see only its
 * own writes and overwrite the first one's. A lock whose process is gone (kill -9, crash) is taken
 * over; taking over goes through an exclusive `.takeover` folder so two starters cannot both win.
 */
export function lockDataDir(dataDir: string): TDataDirLock {
  const lockFile = `${dataDir}.lock`;
  const owner: TLockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(owner), { flag: 'wx' });
      return { lockFile, release: () => releaseIfOurs(lockFile) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(lockFile);
    if (!isStale(current)) throw new DataDirLockedError(dataDir, current!);
    takeOverStale(lockFile);
  }
  throw new DataDirLockedError(dataDir, readOwner(lockFile) ?? { ...owner, pid: -1 });
}

function takeOverStale(lockFile: string) {
  const takeover = `${lockFile}.takeover`;
  try {
    mkdirSync(takeover);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another starter is taking over right now; a takeover folder older than 10 s is itself stale.
    try {
      if (Date.now() - statSync(takeover).mtimeMs > 10_000) rmdirSync(takeover);
    } catch {
      /* gone meanwhile */
    }
    return;
  }
  try {
    // Checked again under the takeover folder: the lock may have been renewed meanwhile.
    if (isStale(readOwner(lockFile))) unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    rmdirSync(takeover);
  }
}

function releaseIfOurs(lockFile: string) {
  const current = readOwner(lockFile);
  if (current?.pid === process.pid && current.host === hostname()) {
    try {
      unlinkSync(lockFile);
    } catch {
      /* already gone */
    }
  }
}
