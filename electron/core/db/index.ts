import { rotateBackups } from './backups.ts';
import { boardLayoutRepository } from './boardLayouts.ts';
import { boardVersionRepository } from './boardVersions.ts';
import { draftRepository } from './drafts.ts';
import { eventRepository } from './events.ts';
import { guardFile, guardWrites } from './identity.ts';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { BUSY_TIMEOUT_MS, openDatabase, type OpenOptions } from './open.ts';
import { outcomeRepository } from './outcomes.ts';
import { roomVoteRepository } from './roomVotes.ts';
import { registerRepository } from './register.ts';
import { sessionRepository } from './sessions.ts';
import { sessionSettingsRepository } from './sessionSettings.ts';
import { watchWriteFaults } from './writeFaults.ts';

export { DatabaseOpenError, StorageLostError } from './errors.ts';
export { StorageFaultError, type StorageFaultReason } from './writeFaults.ts';
export { lockDataFolder, type DataFolderLock } from './lock.ts';
export {
  newestGoodBackup,
  restoreBackup,
  listBackups,
  listRescuedCopies,
  type BackupFile,
  type RescuedCopy,
} from './backups.ts';
export type { StoredBoardVersion } from './boardVersions.ts';
export type { PurgeRecord, StoredEntry, StoredLine } from './register.ts';

/** The only way into the database: repositories, and a transaction wrapper for changes that belong together. */
export async function openStore(options: OpenOptions & { backupsDir: string; log?: (line: string) => void }) {
  const db = await openDatabase(options);
  // Before any repository prepares a statement: every write is checked against the file's identity.
  const file = guardFile(db, options.path);
  const faults = watchWriteFaults(
    options.path,
    options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
    options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  );
  guardWrites(db, file, faults);
  return {
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
    rotateBackups: (now?: Date) => rotateBackups(db, options.backupsDir, now),
    boardVersions: boardVersionRepository(db),
    boardLayouts: boardLayoutRepository(db),
    sessions: sessionRepository(db),
    outcomes: outcomeRepository(db),
    events: eventRepository(db),
    sessionSettings: sessionSettingsRepository(db),
    roomVotes: roomVoteRepository(db),
    register: registerRepository(db),
    drafts: draftRepository(db),
    /**
     * Takes the write lock up front (BEGIN IMMEDIATE), so a lock held elsewhere is waited for up to
     * the busy timeout; a deferred transaction would fail at once when it came to write.
     */
    transaction<T>(work: () => T): T {
      file.check();
      const result = faults.run(() => db.transaction(work).immediate(), true);
      file.check();
      return result;
    },
    close(): void {
      db.close();
    },
  };
}

export type Store = Awaited<ReturnType<typeof openStore>>;

/**
 * The database opened read-only beside a running app (the command line's `report`): no lock taken,
 * nothing migrated or written. `snapshot` reads in one transaction, so what it reads is one
 * consistent state even while the app commits (WAL keeps a reader's snapshot).
 */
export function openStoreReadOnly(path: string, busyTimeoutMs = BUSY_TIMEOUT_MS) {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  } catch (error) {
    throw new DatabaseOpenError('unavailable', 'unavailable', {
      path,
      code: String((error as { code?: unknown }).code ?? ''),
      detail: (error as Error).message,
    });
  }
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version !== LATEST_SCHEMA_VERSION) {
    db.close();
    throw version > LATEST_SCHEMA_VERSION
      ? new DatabaseOpenError('newer-version', 'newerVersion', {
          path,
          found: version,
          supported: LATEST_SCHEMA_VERSION,
        })
      : new DatabaseOpenError('unavailable', 'unavailable', {
          path,
          code: `schema ${version}`,
          detail: 'start Boardwalk once so it brings the database up to date',
        });
  }
  return {
    boardVersions: boardVersionRepository(db),
    sessions: sessionRepository(db),
    outcomes: outcomeRepository(db),
    events: eventRepository(db),
    sessionSettings: sessionSettingsRepository(db),
    /** Read only here (its writes fail on this connection): what the MADR export reads. */
    register: registerRepository(db),
    snapshot<T>(read: () => T): T {
      return db.transaction(read)();
    },
    close(): void {
      db.close();
    },
  };
}
export type ReadOnlyStore = ReturnType<typeof openStoreReadOnly>;
