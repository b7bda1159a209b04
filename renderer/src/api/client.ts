import type { ApiInput, ApiOutput, BoardwalkApi, BoardwalkTransport } from '../../../shared/api/contract.ts';
import { ApiError, type ApiResult } from '../../../shared/api/errors.ts';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods.ts';
import type { PresenterState } from '../../../shared/live.ts';
import type { BoardwalkShell, SavedReport, WrittenFolder } from '../../../shared/shell.ts';
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

async function callOverHttp(method: ApiMethod, input: unknown, token: string): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
  } catch {
    // The host stopped, or the connection broke before an answer: what was asked may not have been done.
    return { ok: false, error: { code: 'internal', reason: 'unreachable', message: 'Boardwalk cannot be reached' } };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    const status = response.status;
    const error = {
      code: 'internal',
      reason: 'unreadableAnswer',
      params: { status },
      message: `Answered ${status}`,
    } as const;
    return { ok: false, error };
  }
}

/** The name the host gives the file (RFC 5987 `filename*`), else the one the page expected. */
function downloadName(disposition: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : null;
}

/** The report streamed by the host as a file and handed to the browser as a download: no base64 on the way. */
async function downloadReport(input: ApiInput<'reports.export'>, token: string): Promise<SavedReport> {
  let response: Response;
  try {
    response = await fetch(REPORT_DOWNLOAD_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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

/** One call of any method, answered with the result or a typed error. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;

/** IPC in the desktop app, HTTP with the launch token in a browser. */
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
  return (method, input) => callOverHttp(method, input, token);
}

/** One typed function per API method; a failed call throws an ApiError with the back end's code. */
export function createApiClient(transport: Transport): BoardwalkApi {
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = (await transport(method, input)) as ApiResult<ApiOutput<M>>;
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  };
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (input: unknown) => call(method, input as never)]),
  ) as BoardwalkApi;
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
      saveReport: async (input) => {
        const result = await desktop.saveReport(input);
        if (result && !result.ok) throw new ApiError(result.error);
        return result && result.value;
      },
      setLanguage: (language) => desktop.setLanguage(language),
    };
  return {
    saveReport: (input) => downloadReport(input, hostToken()),
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
