import { createApiClient, httpTransport, type Transport } from '../../../shared/api/client.ts';
import type { ApiInput, BoardwalkApi, BoardwalkTransport } from '../../../shared/api/contract.ts';
import { ApiError, type ApiResult } from '../../../shared/api/errors.ts';
import type { PresenterState } from '../../../shared/live.ts';
import type { BoardwalkShell, MenuCommand, SavedReport, WrittenFolder } from '../../../shared/shell.ts';
import { REPORT_DOWNLOAD_PATH } from '../../../shared/api/methods.ts';
import { downloadBlob } from '../files.ts';
import type { Language } from '../../../shared/text.ts';
import { PRESENTER_VIEW } from '../presenterPage.ts';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's IPC transport. */
    boardwalk?: BoardwalkTransport;
    /** Present in the desktop app: the presenter window and its feed, and writing into a folder. */
    boardwalkShell?: BoardwalkShell;
  }
}

/**
 * The host prints its address with a one-time code (`#code=…`). It is taken out of the address bar
 * before anything else runs, then traded for this browser's session cookie (HttpOnly, so no script
 * ever holds a secret); what the browser's history keeps of the address is a spent code. Every call
 * waits for the trade; where there is no code (a reload, a second tab) the cookie is already there.
 */
function codeFromAddress(): string | null {
  const code = new URLSearchParams(window.location.hash.slice(1)).get('code');
  if (code) history.replaceState(null, '', window.location.pathname + window.location.search);
  return code;
}

async function tradeCode(code: string | null): Promise<void> {
  if (!code) return;
  try {
    await fetch('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    // The host is gone: the first call says so.
  }
}

/** The name the host gives the file (RFC 5987 `filename*`), else the one the page expected. */
function downloadName(disposition: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : null;
}

/** The report streamed by the host as a file and handed to the browser as a download: no base64 on the way. */
async function downloadReport(input: ApiInput<'reports.export'>): Promise<SavedReport> {
  await sessionReady();
  let response: Response;
  try {
    response = await fetch(REPORT_DOWNLOAD_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError({ code: 'internal', reason: 'unreachable', message: 'Boardwalk cannot be reached' });
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
    if (answer && !answer.ok) throw new ApiError(answer.error);
    throw new ApiError({
      code: 'internal',
      reason: 'unreadableAnswer',
      params: { status: response.status },
      message: `Answered ${response.status}`,
    });
  }
  const fileName = downloadName(response.headers.get('content-disposition')) ?? 'report';
  downloadBlob(fileName, await response.blob());
  return { fileName, path: null };
}

let traded: Promise<void> | undefined;

/** The code of this page's address traded (once), for the calls and the event stream to wait for. */
function sessionReady(): Promise<void> {
  return (traded ??= tradeCode(codeFromAddress()));
}

/** The transport is the only choice made here: IPC in the desktop app, HTTP with the tab's session cookie in a browser. */
function browserTransport(): Transport {
  const ipc = window.boardwalk;
  if (ipc) return (method, input) => (ipc[method] as (input: unknown) => Promise<ApiResult<unknown>>)(input);
  // The new address pasted into a tab left from before a restart changes only the hash: start afresh with it.
  window.addEventListener('hashchange', () => {
    const code = codeFromAddress();
    if (code) void tradeCode(code).then(() => window.location.reload());
  });
  // At once, as the page starts: the code leaves the address bar before anything renders.
  void sessionReady();
  const overHttp = httpTransport({ origin: '', fetch: (url, init) => fetch(url, init) });
  return async (method, input) => {
    await sessionReady();
    return overHttp(method, input);
  };
}

/** The renderer's only way to the back end; only the stores use it. */
export function createBrowserApi(): BoardwalkApi {
  return createApiClient(browserTransport());
}

/** What the shell around the page offers: the presenter view, and (desktop only) writing into a folder. */
export interface Shell {
  /** The presenter view: opened beside the app, following what the facilitator's screen publishes. */
  openPresenter(): Promise<void>;
  /**
   * Calls `listener` with every state published; `onLost` when the feed ended and will not come
   * back by itself (the host refused it, or stopped). Returns how to stop following.
   */
  followLive(listener: (state: PresenterState) => void, onLost: () => void): () => void;
  /**
   * Only in the desktop app (a browser cannot write into a folder): asks for a folder and writes the
   * report's files there; null when the dialog was cancelled. Fails with the API's error.
   */
  exportIntoFolder?: (input: ApiInput<'reports.export'>) => Promise<WrittenFolder | null>;
  /**
   * Makes the report and hands it to the user as a file: the browser host streams it as a download,
   * the desktop app asks where to save it and writes it. Null when that dialog was cancelled.
   */
  saveReport?: (input: ApiInput<'reports.export'>) => Promise<SavedReport | null>;
  /** Only in the desktop app: its own menu and dialogs follow the language the page shows. */
  setLanguage?: (language: Language) => void;
  /** Only in the desktop app: the menu's commands the page runs (Edit > Undo); returns how to stop. */
  onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
}

/** A window in the desktop app; in a browser, a second window of the same session, fed by the host's event stream. */
export function createBrowserShell(): Shell {
  const desktop = window.boardwalkShell;
  if (desktop)
    return {
      openPresenter: () => desktop.openPresenter(),
      followLive: (listener) => desktop.followLive(listener),
      exportIntoFolder: async (input) => {
        const result = await desktop.exportIntoFolder(input);
        if (result && !result.ok) throw new ApiError(result.error);
        return result && result.value;
      },
      saveReport: async (input) => {
        const result = await desktop.saveReport(input);
        if (result && !result.ok) throw new ApiError(result.error);
        return result && result.value;
      },
      setLanguage: (language) => desktop.setLanguage(language),
      onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    };
  return {
    saveReport: (input) => downloadReport(input),
    openPresenter: async () => {
      // The same browser: its session cookie lets the presenter tab in.
      window.open(
        `${window.location.pathname}?view=${PRESENTER_VIEW}`,
        'boardwalk-presenter',
        'popup,width=1280,height=720',
      );
    },
    followLive: (listener, onLost) => {
      let source: EventSource | undefined;
      let stopped = false;
      void sessionReady().then(() => {
        if (stopped) return;
        const opened = new EventSource('/live');
        opened.onmessage = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as PresenterState);
        // A dropped connection is retried by the browser itself; a refused one is closed for good.
        opened.onerror = () => {
          if (opened.readyState === EventSource.CLOSED) onLost();
        };
        source = opened;
      });
      return () => {
        stopped = true;
        source?.close();
      };
    },
  };
}
