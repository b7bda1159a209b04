import { dirname } from 'node:path';
import { ServiceError } from '../errors.ts';

/** Why the database refused a statement for a cause outside the app; `errors.<reason>` in the translations. */
export type StorageFaultReason = 'storageLocked' | 'storageFull' | 'storageReadOnly';

/** A statement the database refused (locked, full, read-only): nothing of it was stored, nothing is confirmed. */
export class StorageFaultError extends ServiceError {
  constructor(reason: StorageFaultReason, params: Record<string, string | number>) {
    super('storage-unavailable', reason, params);
    this.name = 'StorageFaultError';
  }
}

const WRITE_REFUSALS = new Set(['SQLITE_PERM', 'SQLITE_AUTH', 'EACCES', 'EPERM', 'EROFS']);

export function storageFaultReason(error: unknown): StorageFaultReason | undefined {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'storageLocked';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'storageFull';
  if (code.startsWith('SQLITE_READONLY') || WRITE_REFUSALS.has(code)) return 'storageReadOnly';
  return undefined;
}

export interface WriteFaults {
  /**
   * Runs a statement; a lock, a full disk or a read-only file becomes a StorageFaultError. Only a
   * write that got through ends a fault: reads go on while the disk is full or a writer holds the lock.
   */
  run<T>(statement: () => T, writes: boolean): T;
}

/**
 * Tells the user's faults apart from the app's. Each is logged once when it starts (not for every
 * write it refuses), and again only after a write got through in between.
 */
export function watchWriteFaults(path: string, busyTimeoutMs: number, log: (line: string) => void): WriteFaults {
  let ongoing: StorageFaultReason | undefined;
  const params = { path, folder: dirname(path), seconds: busyTimeoutMs / 1000 };
  return {
    run(statement, writes) {
      try {
        const result = statement();
        if (writes) ongoing = undefined;
        return result;
      } catch (error) {
        const reason = storageFaultReason(error);
        if (!reason) throw error;
        if (ongoing !== reason) {
          ongoing = reason;
          const code = String((error as { code?: unknown }).code);
          log(
            `The database ${path} refused a statement (${code}: ${(error as Error).message}); said once until it passes.`,
          );
        }
        throw new StorageFaultError(reason, params);
      }
    },
  };
}
