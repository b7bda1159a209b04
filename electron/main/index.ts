import type { BrowserWindow } from 'electron';
import { app, dialog } from 'electron';
import { join } from 'node:path';
import { createCore, DatabaseOpenError, restoreNewestBackup, type Core } from '../core/index.ts';
import { createRoomListener } from '../adapters/room/listener.ts';
import { wireApi } from './ipc.ts';
import { wireFolderExport } from './folderExport.ts';
import { wireReportSave } from './reportSave.ts';
import { databaseProblem, recoveryChoice, recoveryQuestion } from './desktopText.ts';
import { desktopT, wireLanguage } from './language.ts';
import { buildMenu } from './menu.ts';
import { wirePresenter } from './presenter.ts';
import { renderPdfInElectron } from './printToPdf.ts';
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
  const { response } = await dialog.showMessageBox(recoveryQuestion(desktopT(), error));
  const choice = recoveryChoice(error, response);
  if (choice === 'restore') restoreNewestBackup(dataDir);
  return choice !== 'quit';
}

/** Why the data cannot be opened, in the user's language where it is a database problem Boardwalk knows. */
function openFailure(error: unknown): string {
  if (error instanceof DatabaseOpenError) return databaseProblem(desktopT(), error);
  return error instanceof Error ? error.message : String(error);
}

async function openCore(dataDir: string): Promise<Core | undefined> {
  try {
    // The room's participant listener is the same Node code the browser host runs; the app only starts and stops it.
    const roomListener = createRoomListener({ rendererDir: join(appRoot, 'out', 'renderer') });
    return await createCore({
      dataDir,
      resourcesDir,
      renderPdf: renderPdfInElectron,
      roomListener,
      warmPackReader: true,
    });
  } catch (error) {
    if (error instanceof DatabaseOpenError && error.reason === 'damaged' && (await offerRecovery(error, dataDir)))
      return openCore(dataDir);
    if (!(error instanceof DatabaseOpenError && error.reason === 'damaged'))
      dialog.showErrorBox(desktopT()('desktop.cannotOpen'), openFailure(error));
    return undefined;
  }
}

async function start(): Promise<void> {
  const dataDir = process.env.BOARDWALK_DATA_DIR ?? app.getPath('userData');
  wireLanguage(buildMenu);
  core = await openCore(dataDir);
  if (!core) {
    app.exit(1);
    return;
  }
  serveRenderer(join(appRoot, 'out', 'renderer'));
  wireApi(core.dispatch);
  wirePresenter(core.live, () => mainWindow);
  wireFolderExport(core.dispatch);
  wireReportSave(core.reportFile);
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
