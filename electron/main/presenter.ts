import type { BrowserWindow } from 'electron';
import { ipcMain, screen } from 'electron';
import { LIVE_CHANNEL, OPEN_PRESENTER_CHANNEL } from '../../shared/api/methods.ts';
import type { LiveChannel } from '../core/index.ts';
import { isFromApp } from './ipc.ts';
import { APP_ENTRY } from './protocol.ts';
import { openLockedWindow } from './windows.ts';

export const PRESENTER_ENTRY = `${APP_ENTRY}?view=presenter`;

/** The same locked-down window as the app's, on the page's presenter view. */
function createPresenterWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  // The projector is the display that is not the laptop's own; without one, a window beside the app.
  const projector = screen.getAllDisplays().find((display) => display.id !== primary.id);
  return openLockedWindow(PRESENTER_ENTRY, {
    ...(projector ? { ...projector.bounds, fullscreen: true } : { width: 1280, height: 720 }),
    autoHideMenuBar: true,
  });
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
