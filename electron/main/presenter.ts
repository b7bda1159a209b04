import { BrowserWindow, ipcMain, screen } from 'electron';
import { join } from 'node:path';
import { LIVE_CHANNEL, OPEN_PRESENTER_CHANNEL } from '../../shared/api/methods.ts';
import type { LiveChannel } from '../core/index.ts';
import { isFromApp } from './ipc.ts';
import { APP_ENTRY } from './protocol.ts';

export const PRESENTER_ENTRY = `${APP_ENTRY}?view=presenter`;

/** The same locked-down window as the app's, on the page's presenter view. */
function createPresenterWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  // The projector is the display that is not the laptop's own; without one, a window beside the app.
  const projector = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = new BrowserWindow({
    ...(projector ? { ...projector.bounds, fullscreen: true } : { width: 1280, height: 720 }),
    title: 'Boardwalk',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(PRESENTER_ENTRY);
  return window;
}

/** One presenter window at a time, fed every state the facilitator's page publishes. */
export function wirePresenter(live: Pick<LiveChannel, 'subscribe'>, mainWindow: () => BrowserWindow | undefined) {
  let presenter: BrowserWindow | undefined;
  live.subscribe((state) => {
    if (presenter && !presenter.isDestroyed()) presenter.webContents.send(LIVE_CHANNEL, state);
  });
  ipcMain.handle(OPEN_PRESENTER_CHANNEL, (event) => {
    if (!isFromApp(event)) return;
    if (presenter && !presenter.isDestroyed()) return void presenter.focus();
    presenter = createPresenterWindow();
    // The presenter follows the app: it closes with the facilitator's window.
    mainWindow()?.once('closed', () => presenter?.destroy());
  });
}
