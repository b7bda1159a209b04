import type { ApiInput, ApiOutput, BoardwalkApi, BoardwalkTransport } from '../../../shared/api/contract.ts';
import { ApiError, type ApiResult } from '../../../shared/api/errors.ts';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods.ts';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's IPC transport. */
    boardwalk?: BoardwalkTransport;
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
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The app answered ${response.status}` } };
  }
}

function createClient(): BoardwalkApi {
  const ipc = window.boardwalk;
  const token = ipc ? '' : hostToken();
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = ipc
      ? await (ipc[method] as (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>)(input)
      : ((await callOverHttp(method, input, token)) as ApiResult<ApiOutput<M>>);
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  };
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (input: unknown) => call(method, input as never)]),
  ) as BoardwalkApi;
}

/** The renderer's only way to the back end. */
export const api: BoardwalkApi = createClient();
