import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseOpenError } from './errors.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** A damaged file is moved aside, never overwritten, so it can still be rescued by hand. */
function setAside(path: string, why: string): never {
  const aside = `${path}.damaged-${timestamp()}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  throw new DatabaseOpenError('damaged', `The database was damaged (${why}) and was moved to ${aside}`, {
    path,
    movedTo: aside,
    why,
  });
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the call returns, so "saved" on screen means saved.
  db.pragma('synchronous = FULL');
  if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function checkIntegrity(db: Db, path: string): void {
  let verdict: string;
  try {
    verdict = String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    db.close();
    setAside(path, (error as Error).message);
  }
  if (verdict !== 'ok') {
    db.close();
    setAside(path, verdict);
  }
}

async function migrate(db: Db, path: string, backupsDir: string): Promise<void> {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > LATEST_SCHEMA_VERSION) {
    db.close();
    throw new DatabaseOpenError(
      'newer-version',
      `The database was written by a newer version of Boardwalk (schema ${current}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update Boardwalk to open it.`,
      { path, found: current, supported: LATEST_SCHEMA_VERSION },
    );
  }
  const pending = MIGRATIONS.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  if (current > 0) {
    mkdirSync(backupsDir, { recursive: true });
    await db.backup(join(backupsDir, `before-schema-${current + 1}-${timestamp()}.db`));
  }
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

export interface OpenOptions {
  path: string;
  backupsDir?: string;
}

/** Opens (or creates) the app's database: checked, configured and migrated to the latest schema. */
export async function openDatabase({ path, backupsDir }: OpenOptions): Promise<Db> {
  mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    setAside(path, (error as Error).message);
  }
  checkIntegrity(db, path);
  try {
    configure(db);
  } catch (error) {
    db.close();
    setAside(path, (error as Error).message);
  }
  await migrate(db, path, backupsDir ?? join(dirname(path), 'backups'));
  return db;
}
