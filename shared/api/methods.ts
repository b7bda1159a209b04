/** The names of the API, kept apart from the schemas so the preload can list them without zod. */
export const API_METHODS = [
  'boards.list',
  'boards.get',
  'boards.import',
  'sessions.create',
  'sessions.list',
  'sessions.get',
  'sessions.rename',
  'sessions.saveSummary',
  'sessions.close',
  'sessions.reopen',
  'sessions.trash',
  'sessions.restore',
  'sessions.listTrash',
  'sessions.emptyTrash',
  'sessions.resume',
  'sessions.nextReview',
  'sessions.dueForReview',
  'sessions.compare',
  'sessions.settings',
  'sessions.saveSetting',
  'sessions.export',
  'sessions.import',
  'outcomes.record',
  'outcomes.vote',
  'outcomes.addTime',
  'outcomes.list',
  'outcomes.undo',
  'outcomes.redo',
  'outcomes.undoState',
  'outcomes.confirm',
  'register.list',
  'register.history',
  'register.purges',
  'register.ics',
  'boards.exportHistory',
  'boards.importHistory',
  'events.list',
  'layouts.get',
  'layouts.save',
  'reports.export',
  'reports.prepare',
  'live.publish',
  'live.current',
  'app.info',
  'room.addresses',
  'room.open',
  'room.close',
  'room.status',
  'room.openVoting',
  'room.closeVoting',
  'room.reveal',
  'room.remove',
  'room.counts',
  'drafts.list',
  'drafts.save',
  'drafts.discard',
  'drafts.setTimer',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

export const IPC_CHANNEL = 'boardwalk:api';
/** The browser host's report download: `reports.export`'s input posted, the file's bytes streamed back. */
export const REPORT_DOWNLOAD_PATH = '/download/report';
/** The desktop app's "export": the report made, then a save dialog, then the file written by the main process. */
export const SAVE_REPORT_CHANNEL = 'boardwalk:save-report';
/** The desktop app's presenter window: asked for by the app's page, fed the live state by the main process. */
export const OPEN_PRESENTER_CHANNEL = 'boardwalk:open-presenter';
/** The desktop app's "write into a folder": a folder dialog, then the report's files written there. */
export const EXPORT_INTO_FOLDER_CHANNEL = 'boardwalk:export-into-folder';
export const LIVE_CHANNEL = 'boardwalk:live';
/** The language the app's page shows, which the desktop's own menu and dialogs follow. */
export const LANGUAGE_CHANNEL = 'boardwalk:language';
/** A command the desktop's menu runs in the app's page (decision undo and redo): the page decides what it means there. */
export const COMMAND_CHANNEL = 'boardwalk:command';
