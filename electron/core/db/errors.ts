import { ServiceError } from '../errors.ts';
import { englishDatabaseMessage, type DatabaseSentence } from '../translator.ts';

/**
 * Why a database could not be opened; the shells act on `reason` and show the sentence (in English,
 * `message`), which names the path. Only `damaged` ever moves a file: a locked, read-only or busy
 * database is left as it is.
 */
export type DatabaseOpenReason =
  /** Unreadable as SQLite or failing its integrity check; it was moved aside. */
  | 'damaged'
  /** Written by a newer Boardwalk. */
  | 'newer-version'
  /** Another program holds a lock on it for longer than the busy timeout. */
  | 'locked'
  /** The data folder or the database file cannot be written. */
  | 'read-only'
  /** Another Boardwalk (app or host) is running on the same data folder. */
  | 'in-use'
  /** Its recorded migrations are not the first of this version's: it came from another build. */
  | 'unknown-migrations'
  /** Any other failure to open it (a disk error, say); nothing was moved. */
  | 'unavailable';

export class DatabaseOpenError extends Error {
  readonly reason: DatabaseOpenReason;
  /** What the user is told, `database.<sentence>` in the translations, filled in from `details`. */
  readonly sentence: DatabaseSentence;
  readonly details: Record<string, string | number>;
  constructor(reason: DatabaseOpenReason, sentence: DatabaseSentence, details: Record<string, string | number>) {
    super(englishDatabaseMessage(sentence, details));
    this.name = 'DatabaseOpenError';
    this.reason = reason;
    this.sentence = sentence;
    this.details = details;
  }
}

/**
 * The database file was deleted or replaced while the app ran. SQLite would go on writing to the
 * vanished file and every write would be lost at the next start, so no write is confirmed after this.
 */
export class StorageLostError extends ServiceError {
  constructor(path: string, rescuedTo: string | undefined) {
    const params: Record<string, string> = rescuedTo ? { path, rescuedTo } : { path };
    super('storage-lost', rescuedTo ? 'storageLost' : 'storageLostNoCopy', params);
    this.name = 'StorageLostError';
  }
}
