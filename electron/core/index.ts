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
import { createPackReader, type PackWorkerLimits } from './packs/offThread.ts';
export { PACK_WORKER_LIMITS } from './packs/offThread.ts';
import { storeShippedBoards } from './services/boards.ts';
import { createHandlers } from './services/index.ts';
import type { PdfPreparer, PdfRenderer } from './services/reports.ts';
import type { RoomListenerAdapter, RoomParticipants } from './services/room.ts';
import { reportFileExport, type ReportFileExport } from './reportFiles.ts';

// The core's public entry: the shells and the command line import from here and nowhere deeper.
export { DatabaseOpenError, StorageLostError, listRescuedCopies } from './db/index.ts';
export type { PdfPreparer, PdfRenderer } from './services/reports.ts';
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
export { englishError, englishFault, translator } from './translator.ts';
export { loadPack, type PackResult } from './packs/load.ts';
export { reportJsonSchema } from './reports/model.ts';
export { INDEX_START, mergeIndex } from './reports/madr.ts';
export { openReportReader, type ReportReader } from './reportReader.ts';
export type { ReportFileExport } from './reportFiles.ts';
export type { RenderedReport } from './reports/render.ts';
export { preparePrintJob, PRINT_OPTIONS, type PrintJob } from './reports/printJob.ts';
export { embeddedFontCss } from './reports/fonts.ts';

export interface CoreOptions {
  /** The user's data folder: the database and its backups live here. */
  dataDir: string;
  /** The app's bundled resources (boards, locales). */
  resourcesDir: string;
  renderPdf: PdfRenderer;
  /** Gets printing ready when the export dialog opens (the browser host's Chromium); the desktop needs none. */
  preparePdf?: PdfPreparer;
  log?: (line: string) => void;
  /** How long to wait for another program's lock on the database (tests shorten it). */
  busyTimeoutMs?: number;
  /** Keep the board pack worker started, so an import is answered at once (the shells; tests start it on use). */
  warmPackReader?: boolean;
  /** Tighter limits for the board pack worker (tests). */
  packWorkerLimits?: Partial<PackWorkerLimits>;
  /** The shell's room listener (electron/adapters/room); without it the room cannot be opened. */
  roomListener?: RoomListenerAdapter;
}

export interface Core {
  dispatch: Dispatch;
  /** What presenter views follow: the shells pass it on (IPC to a second window, an event stream to a tab). */
  live: Pick<LiveChannel, 'subscribe' | 'current'>;
  /** The room's participant side, which the room listener serves; nothing of the facilitator's API. */
  room: RoomParticipants;
  /** `reports.export` as a file's bytes, for the shells to hand on as a file (no base64 inside JSON). */
  reportFile: ReportFileExport;
  dataDir: string;
  /** Closes the room (if open) and then the store. */
  close(): void;
}

const BACKUP_CHECK_MS = 10 * 60 * 1000;

/**
 * Opens the store; a damaged database has been moved aside by then, and the error says which
 * backup could replace it, so the shell can offer it to the user.
 */
async function openOrExplain(dataDir: string, busyTimeoutMs?: number, log?: (line: string) => void): Promise<Store> {
  const paths = dataPaths(dataDir);
  try {
    return await openStore({ path: paths.database, backupsDir: paths.backups, busyTimeoutMs, log });
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
    return { lock, store: await openOrExplain(options.dataDir, options.busyTimeoutMs, options.log) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The whole back end, free of Electron: both shells and the tests start it the same way. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { lock, store } = await openLocked(options);
  // Never throws: a shell shutting down must still close what it started (the export browser).
  const shutDown = () => {
    try {
      store.close();
    } catch (error) {
      log(`Closing the database failed: ${(error as Error).message}`);
    }
    const kept = lock.release();
    if (kept) log(`The lock file ${lock.path} could not be removed (${kept.code}); the next start takes it over.`);
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
  // Board packs are read in a worker of their own, started by the first import.
  const packs = createPackReader(options.packWorkerLimits, options.warmPackReader);
  const { handlers, room, madrRecords } = createHandlers({
    store,
    packs,
    live,
    dataDir: options.dataDir,
    renderPdf: options.renderPdf,
    preparePdf: options.preparePdf,
    roomListener: options.roomListener,
  });
  const dispatch = createDispatch(handlers, log);
  return {
    dispatch,
    live,
    room: room.participants,
    reportFile: reportFileExport(store, options.renderPdf, log, madrRecords),
    dataDir: options.dataDir,
    close: () => {
      clearInterval(timer);
      void packs.close();
      // The participants' access ends with the app; the listener's sockets are closed at once.
      void room.shutDown().catch((error: Error) => log(`Closing the room failed: ${error.message}`));
      shutDown();
    },
  };
}
