import { join } from 'node:path';
import {
  DatabaseOpenError,
  lockDataFolder,
  newestGoodBackup,
  openStore,
  restoreBackup,
  type Store,
} from './db/index.ts';
import { dataPaths } from './dataFolder.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { createLiveChannel, type LiveChannel } from './presenterChannel.ts';
import { storeShippedBoards } from './services/boards.ts';
import { createHandlers } from './services/index.ts';
import type { PdfRenderer } from './services/reports.ts';
import type { RoomListenerAdapter, RoomParticipants } from './services/room.ts';

// The core's public entry: the shells and the command line import from here and nowhere deeper.
export { DatabaseOpenError, StorageLostError } from './db/index.ts';
export type { PdfRenderer } from './services/reports.ts';
export type { Dispatch } from './dispatch.ts';
export { dataPaths } from './dataFolder.ts';
export type { LiveChannel, LiveListener } from './presenterChannel.ts';
export {
  RoomRefusalError,
  type ParticipantListener,
  type RoomListenerAdapter,
  type RoomParticipants,
} from './services/room.ts';
export { errorBody, ServiceError } from './errors.ts';
export { englishError, translator } from './translator.ts';
export { loadPack, type PackResult } from './packs/load.ts';
export { reportJsonSchema } from './reports/model.ts';
export { INDEX_START, mergeIndex } from './reports/madr.ts';

export interface CoreOptions {
  /** The user's data folder: the database and its backups live here. */
  dataDir: string;
  /** The app's bundled resources (boards, locales). */
  resourcesDir: string;
  renderPdf: PdfRenderer;
  log?: (line: string) => void;
  /** How long to wait for another program's lock on the database (tests shorten it). */
  busyTimeoutMs?: number;
  /** The shell's room listener (electron/adapters/room); without it the room cannot be opened. */
  roomListener?: RoomListenerAdapter;
}

export interface Core {
  dispatch: Dispatch;
  /** What presenter views follow: the shells pass it on (IPC to a second window, an event stream to a tab). */
  live: Pick<LiveChannel, 'subscribe' | 'current'>;
  /** The room's participant side, which the room listener serves; nothing of the facilitator's API. */
  room: RoomParticipants;
  dataDir: string;
  /** Closes the room (if open) and then the store. */
  close(): void;
}

const BACKUP_CHECK_MS = 10 * 60 * 1000;

/**
 * Opens the store; a damaged database has been moved aside by then, and the error says which
 * backup could replace it, so the shell can offer it to the user.
 */
async function openOrExplain(dataDir: string, busyTimeoutMs?: number): Promise<Store> {
  const paths = dataPaths(dataDir);
  try {
    return await openStore({ path: paths.database, backupsDir: paths.backups, busyTimeoutMs });
  } catch (error) {
    if (error instanceof DatabaseOpenError && error.reason === 'damaged') {
      const backup = newestGoodBackup(paths.backups);
      if (backup) Object.assign(error.details, { newestBackup: backup.path, newestBackupTakenAt: backup.takenAt });
    }
    throw error;
  }
}

/** After a damaged database was set aside: start from the newest backup that passes the check. */
export function restoreNewestBackup(dataDir: string): string {
  const paths = dataPaths(dataDir);
  const backup = newestGoodBackup(paths.backups);
  if (!backup) throw new Error('There is no backup that passes the integrity check');
  restoreBackup(paths.database, backup.path);
  return backup.takenAt;
}

/** The data folder locked for this process, then its database opened; the lock is let go if opening fails. */
async function openLocked(options: CoreOptions) {
  const lock = lockDataFolder(options.dataDir);
  try {
    return { lock, store: await openOrExplain(options.dataDir, options.busyTimeoutMs) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The whole back end, free of Electron: both shells and the tests start it the same way. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { lock, store } = await openLocked(options);
  const shutDown = () => {
    store.close();
    lock.release();
  };
  try {
    storeShippedBoards(store, join(options.resourcesDir, 'boards'), log);
  } catch (error) {
    shutDown();
    throw error;
  }
  const rotate = () => store.rotateBackups().catch((error: Error) => log(`Backup failed: ${error.message}`));
  await rotate();
  // One backup per hour of use: checked every few minutes, taken when the last is an hour old.
  const timer = setInterval(rotate, BACKUP_CHECK_MS);
  timer.unref();
  const live = createLiveChannel();
  const { handlers, room } = createHandlers({
    store,
    live,
    dataDir: options.dataDir,
    renderPdf: options.renderPdf,
    roomListener: options.roomListener,
  });
  const dispatch = createDispatch(handlers, log);
  return {
    dispatch,
    live,
    room: room.participants,
    dataDir: options.dataDir,
    close: () => {
      clearInterval(timer);
      // The participants' access ends with the app; the listener's sockets are closed at once.
      void room.shutDown().catch((error: Error) => log(`Closing the room failed: ${error.message}`));
      shutDown();
    },
  };
}
