import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StorageLostError } from './errors.ts';
import type { Db } from './open.ts';
import type { WriteFaults } from './writeFaults.ts';

/** A file's identity: device and inode. The same path with another identity is another file. */
function identityOf(path: string): string | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat && `${stat.dev}:${stat.ino}`;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * What SQLite still sees through its open handle is written out, so confirmed writes survive
 * the loss of the file: beside it if the folder is still there, else in the system temp folder.
 */
function rescue(db: Db, path: string): string | undefined {
  const name = `${basename(path, '.db')}.rescued-${stamp()}.db`;
  let bytes: Buffer;
  try {
    bytes = db.serialize();
  } catch {
    return undefined;
  }
  for (const folder of [dirname(path), tmpdir()]) {
    try {
      writeFileSync(join(folder, name), bytes, { flag: 'wx' });
      return join(folder, name);
    } catch {
      // next place
    }
  }
  return undefined;
}

export interface FileGuard {
  /** Throws StorageLostError (every time, once it has happened) when the file is gone or replaced. */
  check(): void;
}

/**
 * Watches the database file and its write-ahead log by identity; a stat each, cheap next to a
 * synchronous commit. The log appears on first use and stays while a connection is open.
 */
export function guardFile(db: Db, path: string): FileGuard {
  const database = identityOf(path);
  let wal = identityOf(`${path}-wal`);
  let lost: StorageLostError | undefined;
  return {
    check() {
      if (lost) throw lost;
      const walNow = identityOf(`${path}-wal`);
      if (wal === undefined) wal = walNow;
      if (identityOf(path) === database && walNow === wal) return;
      lost = new StorageLostError(path, rescue(db, path));
      throw lost;
    },
  };
}

/**
 * Every statement that writes checks the file first, and again after it committed on its own: a
 * write is never confirmed into a file that is no longer the database. Every statement, reading or
 * writing, names a lock, a full disk or a read-only file as such (`faults`).
 */
export function guardWrites(db: Db, guard: FileGuard, faults: WriteFaults): void {
  const prepare = db.prepare.bind(db) as Db['prepare'];
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    const writes = !statement.readonly;
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          if (writes) guard.check();
          // Inside a transaction a write is done only once it commits: the transaction says so.
          const result = faults.run(() => original(...args), writes && !db.inTransaction);
          if (writes && !db.inTransaction) guard.check();
          return result;
        },
      });
    }
    return statement;
  }) as Db['prepare'];
}
