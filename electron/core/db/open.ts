import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseOpenError } from './errors.ts';
import { isWriteRefusal, readOnlyFolderError } from './lock.ts';
import { migrate } from './migrations/run.ts';

export type Db = Database.Database;

/** How long a start waits for another program's lock on the database before it says so. */
export const BUSY_TIMEOUT_MS = 5_000;

/** quick_check found the file damaged; set aside once it is closed. */
class FailedIntegrityCheck extends Error {}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** A damaged file is moved aside, never overwritten, so it can still be rescued by hand. */
function setAside(path: string, why: string): DatabaseOpenError {
  const aside = `${path}.damaged-${timestamp()}`;
  try {
    renameSync(path, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  } catch (error) {
    return new DatabaseOpenError('damaged', 'damagedNotMoved', {
      path,
      why,
      code: String((error as NodeJS.ErrnoException).code),
    });
  }
  return new DatabaseOpenError('damaged', 'damagedMoved', { path, movedTo: aside, why });
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tells apart what can go wrong on opening. Only a file SQLite finds damaged is moved aside; a lock,
 * a read-only file or folder, or a disk error leaves everything where it is, with a message naming it.
 */
function explain(error: unknown, path: string, busyTimeoutMs: number): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error;
  if (error instanceof FailedIntegrityCheck) return setAside(path, error.message);
  if (error instanceof ReadOnlyFile) return readOnlyFileError(path, error.code);
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new DatabaseOpenError('locked', 'locked', { path, code, seconds: busyTimeoutMs / 1000 });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return setAside(path, message);
  const folder = dirname(path);
  if (isWriteRefusal(error) || (code.startsWith('SQLITE_CANTOPEN') && !canWrite(folder)))
    return readOnlyFolderError(folder, error);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM')
    return readOnlyFileError(path, code);
  return new DatabaseOpenError('unavailable', 'unavailable', { path, code, detail: message });
}

function readOnlyFileError(path: string, code: string): DatabaseOpenError {
  return new DatabaseOpenError('read-only', 'readOnlyFile', { path, code });
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the call returns, so "saved" on screen means saved.
  db.pragma('synchronous = FULL');
  if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  db.pragma('foreign_keys = ON');
}

class ReadOnlyFile extends Error {
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

/**
 * SQLite opens a file it may not write read-only without a word, and fails only at the first write;
 * opening it for writing ourselves tells it at once (the log file too, where there is one).
 */
function assertWritable(path: string): void {
  for (const file of [path, `${path}-wal`]) {
    try {
      closeSync(openSync(file, 'r+'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (isWriteRefusal(error)) throw new ReadOnlyFile(code);
      if (code !== 'ENOENT') throw error;
    }
  }
}

/** A write lock taken and given back at once: a lock held elsewhere or a read-only file shows here. */
function probeWrite(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
  db.exec('ROLLBACK');
}

function checkIntegrity(db: Db): void {
  const verdict = String(db.pragma('quick_check', { simple: true }));
  if (verdict !== 'ok') throw new FailedIntegrityCheck(verdict);
}

export interface OpenOptions {
  path: string;
  backupsDir?: string;
  /** How long to wait for another program's lock; BUSY_TIMEOUT_MS unless a test wants it shorter. */
  busyTimeoutMs?: number;
}

/** Opens (or creates) the app's database: checked, configured and migrated to the latest schema. */
export async function openDatabase({ path, backupsDir, busyTimeoutMs = BUSY_TIMEOUT_MS }: OpenOptions): Promise<Db> {
  let db: Db | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    assertWritable(path);
    db = new Database(path, { timeout: busyTimeoutMs });
    probeWrite(db);
    checkIntegrity(db);
    configure(db);
    await migrate(db, path, backupsDir ?? join(dirname(path), 'backups'));
    return db;
  } catch (error) {
    // Closed before anything is moved: a file is never renamed under an open handle.
    if (db?.open) db.close();
    throw explain(error, path, busyTimeoutMs);
  }
}
