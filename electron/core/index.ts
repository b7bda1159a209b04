import { join } from 'node:path';
import { openStore } from './db/index.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { boardService, storeShippedBoards } from './services/boards.ts';
import { outcomeService } from './services/outcomes.ts';
import { reportService, type PdfRenderer } from './services/reports.ts';
import { sessionService } from './services/sessions.ts';

export { DatabaseOpenError } from './db/index.ts';
export type { PdfRenderer } from './services/reports.ts';
export type { Dispatch } from './dispatch.ts';

export interface CoreOptions {
  /** The user's data folder: the database and its backups live here. */
  dataDir: string;
  /** The app's bundled resources (boards, locales). */
  resourcesDir: string;
  renderPdf: PdfRenderer;
  log?: (line: string) => void;
}

export interface Core {
  dispatch: Dispatch;
  dataDir: string;
  close(): void;
}

/** The whole back end, free of Electron: both shells and the tests start it the same way. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = await openStore({
    path: join(options.dataDir, 'boardwalk.db'),
    backupsDir: join(options.dataDir, 'backups'),
  });
  storeShippedBoards(store, join(options.resourcesDir, 'boards'), log);
  const boards = boardService(store);
  const sessions = sessionService(store);
  const outcomes = outcomeService(store, sessions);
  const reports = reportService(store, sessions, options.renderPdf);
  const dispatch = createDispatch(
    {
      'boards.list': () => boards.list(),
      'boards.get': (input) => boards.get(input),
      'boards.import': (input) => boards.import(input),
      'sessions.create': (input) => sessions.create(input),
      'sessions.list': (input) => sessions.list(input),
      'outcomes.record': (input) => outcomes.record(input),
      'outcomes.list': (input) => outcomes.list(input),
      'reports.export': (input) => reports.export(input),
    },
    log,
  );
  return { dispatch, dataDir: options.dataDir, close: () => store.close() };
}
