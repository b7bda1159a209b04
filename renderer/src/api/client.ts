import { createApiClient, httpTransport, type Transport } from '../../../shared/api/client.ts';
import type { ApiInput, BoardwalkApi, BoardwalkTransport } from '../../../shared/api/contract.ts';
import { ApiError, type ApiResult } from '../../../shared/api/errors.ts';
import type { PresenterState } from '../../../shared/live.ts';
import type { BoardwalkShell, MenuCommand, WrittenFolder } from '../../../shared/shell.ts';
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

const TOKEN_KEY = 'boardwalk.token';

/** The host prints its URL with `#token=…`; keep the token for reloads and take it out of the address bar. */
function hostToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Whether this page has a way to the host: the desktop app's bridge, or a token (in the address or kept from it). */
export function hasHostKey(): boolean {
  return Boolean(window.boardwalk) || hostToken() !== '';
}

/** The transport is the only choice made here: IPC in the desktop app, HTTP with the launch token in a browser. */
function browserTransport(): Transport {
  const ipc = window.boardwalk;
  if (ipc) return (method, input) => (ipc[method] as (input: unknown) => Promise<ApiResult<unknown>>)(input);
  // The new address pasted into a tab left from before a restart changes only the hash: start afresh with it.
  window.addEventListener('hashchange', () => {
    if (new URLSearchParams(window.location.hash.slice(1)).has('token')) {
      hostToken();
      window.location.reload();
    }
  });
  const token = hostToken();
  return httpTransport({ origin: '', token, fetch: (url, init) => fetch(url, init) });
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
  /** Only in the desktop app: its own menu and dialogs follow the language the page shows. */
  setLanguage?: (language: Language) => void;
  /** Only in the desktop app: the menu's commands the page runs (Edit > Undo); returns how to stop. */
  onMenuCommand?: (listener: (command: MenuCommand) => void) => () => void;
}

/** A window in the desktop app; in a browser, a second window on the same token, fed by the host's event stream. */
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
      setLanguage: (language) => desktop.setLanguage(language),
      onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    };
  return {
    openPresenter: async () => {
      const url = `${window.location.pathname}?view=${PRESENTER_VIEW}#token=${encodeURIComponent(hostToken())}`;
      window.open(url, 'boardwalk-presenter', 'popup,width=1280,height=720');
    },
    followLive: (listener, onLost) => {
      const source = new EventSource(`/live?token=${encodeURIComponent(hostToken())}`);
      source.onmessage = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as PresenterState);
      // A dropped connection is retried by the browser itself; a refused one is closed for good.
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) onLost();
      };
      return () => source.close();
    },
  };
}
