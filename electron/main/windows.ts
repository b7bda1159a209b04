import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';

type Placement = Pick<
  BrowserWindowConstructorOptions,
  'x' | 'y' | 'width' | 'height' | 'fullscreen' | 'autoHideMenuBar'
>;

/**
 * Every window of the app is locked down the same way (isolated, sandboxed, no Node) and shown once
 * its page has painted; only where it goes and what it loads differ.
 */
export function openLockedWindow(url: string, placement: Placement): BrowserWindow {
  const window = new BrowserWindow({
    ...placement,
    title: 'Boardwalk',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click must not open a link in a new window either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
