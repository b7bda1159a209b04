import type { BrowserWindow } from 'electron';
import { app, dialog } from 'electron';
import { join } from 'node:path';
import { createCore, DatabaseOpenError, restoreNewestBackup, type Core } from '../core/index.ts';
import { wireApi } from './ipc.ts';
import { wireFolderExport } from './folderExport.ts';
import { buildMenu } from './menu.ts';
import { wirePresenter } from './presenter.ts';
import { renderPdfInElectron } from './pdf.ts';
import { APP_ENTRY, registerAppScheme, serveRenderer } from './protocol.ts';
import { applySecurity } from './security.ts';
import { openLockedWindow } from './windows.ts';

// The desktop shell: a window, a menu, dialogs and PDF printing. Everything else is the core's.
const appRoot = app.getAppPath();
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

function createWindow(): BrowserWindow {
  return openLockedWindow(APP_ENTRY, { width: 1600, height: 1000 });
}

/** A damaged database was moved aside: tell the user, and offer the newest good backup. */
async function offerRecovery(error: DatabaseOpenError, dataDir: string): Promise<boolean> {
  const backupTakenAt = error.details.newestBackupTakenAt;
  const buttons = backupTakenAt
    ? [
        `Restore the backup of ${String(backupTakenAt).replace('T', ' ').slice(0, 16)}`,
        'Start with an empty database',
        'Quit',
      ]
    : ['Start with an empty database', 'Quit'];
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Boardwalk',
    message: 'Boardwalk could not read its database',
    detail: `${error.message}\n\nNothing was deleted: the damaged file is kept where it was moved.`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  });
  if (response === buttons.length - 1) return false;
  if (backupTakenAt && response === 0) restoreNewestBackup(dataDir);
  return true;
}

async function openCore(dataDir: string): Promise<Core | undefined> {
  try {
    return await createCore({ dataDir, resourcesDir, renderPdf: renderPdfInElectron });
  } catch (error) {
    if (error instanceof DatabaseOpenError && error.reason === 'damaged' && (await offerRecovery(error, dataDir)))
      return openCore(dataDir);
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof DatabaseOpenError && error.reason === 'damaged'))
      dialog.showErrorBox('Boardwalk cannot open its data', message);
    return undefined;
  }
}

async function start(): Promise<void> {
  const dataDir = process.env.BOARDWALK_DATA_DIR ?? app.getPath('userData');
  core = await openCore(dataDir);
  if (!core) {
    app.exit(1);
    return;
  }
  serveRenderer(join(appRoot, 'out', 'renderer'));
  wireApi(core.dispatch);
  wirePresenter(core.live, () => mainWindow);
  wireFolderExport(core.dispatch);
  buildMenu();
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would write to the same database; hand over to the first one instead.
  app.quit();
} else {
  registerAppScheme();
  applySecurity(() => APP_ENTRY);
  app.on('second-instance', () => mainWindow?.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  void app.whenReady().then(start);
}
