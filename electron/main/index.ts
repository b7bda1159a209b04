import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createCore, DatabaseOpenError, type Core } from '../core/index.ts';
import { wireApi } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { renderPdfInElectron } from './pdf.ts';
import { APP_ENTRY, registerAppScheme, serveRenderer } from './protocol.ts';
import { applySecurity } from './security.ts';

// The desktop shell: a window, a menu, dialogs and PDF printing. Everything else is the core's.
const appRoot = app.getAppPath();
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
let core: Core | undefined;

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1600,
    height: 1000,
    title: 'Boardwalk',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
}

async function start(): Promise<void> {
  const dataDir = process.env.BOARDWALK_DATA_DIR ?? app.getPath('userData');
  try {
    core = await createCore({ dataDir, resourcesDir, renderPdf: renderPdfInElectron });
  } catch (error) {
    const message = error instanceof DatabaseOpenError ? error.message : String(error);
    dialog.showErrorBox('Boardwalk cannot open its data', message);
    app.exit(1);
    return;
  }
  serveRenderer(join(appRoot, 'out', 'renderer'));
  wireApi(core.dispatch);
  buildMenu();
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would write to the same database; hand over to the first one instead.
  app.quit();
} else {
  registerAppScheme();
  applySecurity(() => APP_ENTRY);
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  void app.whenReady().then(start);
}
