import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../adapters/csp.ts';

/** The page the app loads; anything else is foreign. */
export function isAppUrl(url: string, appEntry: string): boolean {
  try {
    const target = new URL(url);
    const entry = new URL(appEntry);
    return target.protocol === entry.protocol && target.host === entry.host && target.pathname === entry.pathname;
  } catch {
    return false;
  }
}

function lockDown(contents: WebContents, appEntry: () => string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appEntry())) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Called once before the first window: every window of the app is locked down the same way, and no page gets a permission. */
export function applySecurity(appEntry: () => string): void {
  app.on('web-contents-created', (_, contents) => lockDown(contents, appEntry));
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_, __, grant) => grant(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // app:// pages get the policy from the scheme's own response headers (protocol.ts); this also
    // covers any other response a window might receive.
    session.defaultSession.webRequest.onHeadersReceived((details, respond) => {
      respond({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
  });
}
