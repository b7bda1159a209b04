import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DatabaseOpenError } from './errors.ts';

export const LOCK_FILE = 'boardwalk.lock';

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  nonce: string;
}

export interface DataFolderLock {
  path: string;
  /**
   * Removes the lock file; never throws. A folder that became read-only keeps the file (the error
   * is returned), which is harmless: its process is gone by the next start, which takes it over.
   */
  release(): NodeJS.ErrnoException | undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? (holder as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

/** A lock left by a process that is gone (killed, crashed) or that cannot be read is stale. */
function isLive(holder: LockHolder | undefined): holder is LockHolder {
  if (!holder) return false;
  // On another machine (a shared folder) its process cannot be checked: take it as running.
  return holder.host !== hostname() || isRunning(holder.pid);
}

export function isWriteRefusal(error: unknown): boolean {
  return ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');
}

export function readOnlyFolderError(dataDir: string, error: unknown): DatabaseOpenError {
  return new DatabaseOpenError('read-only', 'readOnlyFolder', {
    path: dataDir,
    code: String((error as NodeJS.ErrnoException).code),
  });
}

function inUseError(dataDir: string, path: string, holder: LockHolder): DatabaseOpenError {
  return new DatabaseOpenError('in-use', holder.host === hostname() ? 'inUse' : 'inUseElsewhere', {
    path: dataDir,
    lockFile: path,
    pid: holder.pid,
    host: holder.host,
    startedAt: holder.startedAt,
  });
}

/**
 * One Boardwalk per data folder, the desktop app and the host alike: a lock file naming the
 * process. A lock whose process is gone is taken over, so a killed process never blocks for good.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw isWriteRefusal(error) ? readOnlyFolderError(dataDir, error) : error;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      break;
    } catch (error) {
      if (isWriteRefusal(error)) throw readOnlyFolderError(dataDir, error);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (isLive(holder) || attempt > 0) throw inUseError(dataDir, path, holder ?? { ...mine, pid: 0, startedAt: '?' });
    rmSync(path, { force: true });
  }
  return {
    path,
    release() {
      try {
        // Only our own lock: never one another process has taken over since.
        if (readHolder(path)?.nonce === mine.nonce) rmSync(path, { force: true });
        return undefined;
      } catch (error) {
        return error as NodeJS.ErrnoException;
      }
    },
  };
}
