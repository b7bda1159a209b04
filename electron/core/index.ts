import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DatabaseOpenError,
  lockDataFolder,
  newestGoodBackup,
  openStore,
  restoreBackup,
  type Store,
} from './db/index.ts';
import { createDispatch, type Dispatch, type Handlers } from './dispatch.ts';
import { createLiveChannel, type LiveChannel } from './live.ts';
import { boardService, storeShippedBoards } from './services/boards.ts';
import { outcomeService } from './services/outcomes.ts';
import { layoutService } from './services/layouts.ts';
import { createRecorder } from './services/recorder.ts';
import { reportService, type PdfRenderer } from './services/reports.ts';
import { reportFileExport, type ReportFileExport } from './reportFiles.ts';
import { reviewService } from './services/reviews.ts';
import { sessionFileService } from './services/sessionFiles.ts';
import { sessionService } from './services/sessions.ts';

// The core's public entry: the shells and the command line import from here and nowhere deeper.
export { DatabaseOpenError, StorageLostError } from './db/index.ts';
export type { PdfRenderer } from './services/reports.ts';
export type { Dispatch } from './dispatch.ts';
export type { LiveChannel, LiveListener } from './live.ts';
export { errorBody, ServiceError } from './errors.ts';
export { englishError, translator } from './i18n.ts';
export { CONTENT_SECURITY_POLICY } from './csp.ts';
export { loadPack, type PackResult } from './packs/load.ts';
export { mimeTypeOf, rendererHeaders, rendererPathFor } from './rendererFiles.ts';
export { exportReportIntoFolder, writeZipIntoFolder } from './reports/folder.ts';
export { openReportReader, type ReportReader } from './reportReader.ts';
export type { ReportFileExport } from './reportFiles.ts';
export type { RenderedReport } from './reports/render.ts';
export { preparePrintJob, PRINT_OPTIONS, type PrintJob } from './reports/printJob.ts';

export interface CoreOptions {
  /** The user's data folder: the database and its backups live here. */
  dataDir: string;
  /** The app's bundled resources (boards, locales). */
  resourcesDir: string;
  renderPdf: PdfRenderer;
  log?: (line: string) => void;
  /** How long to wait for another program's lock on the database (tests shorten it). */
  busyTimeoutMs?: number;
}

export interface Core {
  dispatch: Dispatch;
  /** What presenter views follow: the shells pass it on (IPC to a second window, an event stream to a tab). */
  live: Pick<LiveChannel, 'subscribe' | 'current'>;
  /** `reports.export` as a file's bytes, for the shells to hand on as a file (no base64 inside JSON). */
  reportFile: ReportFileExport;
  dataDir: string;
  close(): void;
}

const BACKUP_CHECK_MS = 10 * 60 * 1000;

export function dataPaths(dataDir: string) {
  return { database: join(dataDir, 'boardwalk.db'), backups: join(dataDir, 'backups') };
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

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

function handlers(store: Store, options: CoreOptions, live: LiveChannel): Handlers {
  const boards = boardService(store);
  const record = createRecorder(store);
  const sessions = sessionService(store, record);
  const outcomes = outcomeService(store, sessions, record);
  const reviews = reviewService(store, sessions, record);
  const files = sessionFileService(store, sessions, record);
  const reports = reportService(store, options.renderPdf);
  const layouts = layoutService(store);
  const version = appVersion();
  return {
    'boards.list': () => boards.list(),
    'boards.get': (input) => boards.get(input),
    'boards.import': (input) => boards.import(input),
    'sessions.create': (input) => sessions.create(input),
    'sessions.list': (input) => sessions.list(input),
    'sessions.get': (input) => sessions.get(input),
    'sessions.rename': (input) => sessions.rename(input),
    'sessions.saveSummary': (input) => sessions.saveSummary(input),
    'sessions.close': (input) => sessions.close(input),
    'sessions.reopen': (input) => sessions.reopen(input),
    'sessions.trash': (input) => sessions.trash(input),
    'sessions.restore': (input) => sessions.restore(input),
    'sessions.listTrash': () => sessions.listTrash(),
    'sessions.emptyTrash': () => sessions.emptyTrash(),
    'sessions.resume': (input) => sessions.resume(input),
    'sessions.nextReview': (input) => reviews.nextReview(input),
    'sessions.dueForReview': (input) => reviews.due(input),
    'sessions.reviewDue': (input) => reviews.reviewDue(input),
    'sessions.compare': (input) => reviews.compare(input),
    'sessions.settings': (input) => sessions.settings(input),
    'sessions.saveSetting': (input) => sessions.saveSetting(input),
    'sessions.export': (input) => files.export(input),
    'sessions.import': (input) => files.import(input),
    'outcomes.record': (input) => outcomes.record(input),
    'outcomes.vote': (input) => outcomes.vote(input),
    'outcomes.addTime': (input) => outcomes.addTime(input),
    'outcomes.list': (input) => outcomes.list(input),
    'outcomes.undo': (input) => outcomes.undo(input),
    'outcomes.redo': (input) => outcomes.redo(input),
    'outcomes.undoState': (input) => outcomes.undoState(input),
    'events.list': (input) => outcomes.events(input),
    'layouts.get': (input) => layouts.get(input),
    'layouts.save': (input) => layouts.save(input),
    'reports.export': (input) => reports.export(input),
    'live.publish': (input) => {
      live.publish(input);
      return { ok: true };
    },
    'live.current': () => live.current(),
    'app.info': () => ({
      dataDir: options.dataDir,
      backupsDir: dataPaths(options.dataDir).backups,
      schemaVersion: store.schemaVersion,
      version,
    }),
  };
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
  const dispatch = createDispatch(handlers(store, options, live), log);
  return {
    dispatch,
    live,
    reportFile: reportFileExport(store, options.renderPdf, log),
    dataDir: options.dataDir,
    close: () => {
      clearInterval(timer);
      shutDown();
    },
  };
}
