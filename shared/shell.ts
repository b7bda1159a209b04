import type { ApiInput } from './api/contract.ts';
import type { ApiResult } from './api/errors.ts';
import type { PresenterState } from './live.ts';
import type { Language } from './text.ts';

/** A report written into a folder: where, and the files (full paths). */
export interface WrittenFolder {
  folder: string;
  files: string[];
}

/** Commands of the desktop's menu that the page runs, deciding what they mean where the focus is. */
export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** A report handed to the user as a file: its name, and where the desktop app wrote it (a browser downloads it). */
export interface SavedReport {
  fileName: string;
  path: string | null;
}

/** What the desktop app's preload offers besides the API: the presenter window and its feed, and writing into a folder. */
export interface BoardwalkShell {
  /** Opens the presenter window (full screen on a second display where there is one), or brings it forward. */
  openPresenter(): Promise<void>;
  /** Calls the listener with every state the facilitator publishes; returns how to stop. */
  followLive(listener: (state: PresenterState) => void): () => void;
  /**
   * Asks for a folder and writes the report's files into it (decision records beside the code).
   * Null when the user cancelled the folder dialog.
   */
  exportIntoFolder(input: ApiInput<'reports.export'>): Promise<ApiResult<WrittenFolder> | null>;
  /** Makes the report, asks where to save it, and writes it there; null when the dialog was cancelled. */
  saveReport(input: ApiInput<'reports.export'>): Promise<ApiResult<SavedReport> | null>;
  /** The language the page shows: the desktop's menu and its dialogs use it too. */
  setLanguage(language: Language): void;
  /** Calls the listener with each menu command the page is to run (Edit > Undo); returns how to stop. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
