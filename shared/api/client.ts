import type { ApiInput, ApiOutput, BoardwalkApi } from './contract.ts';
import { ApiError, type ApiResult } from './errors.ts';
import { API_METHODS, type ApiMethod } from './methods.ts';

/**
 * One call of any method, answered with the result or a typed error: IPC in the desktop app, HTTP
 * to the host in a browser, in the tests and the benches, or the core's `dispatch` in-process.
 */
export type Transport = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;

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

/** What the HTTP transport needs of `fetch`: given by the caller, so this file needs neither DOM nor Node. */
export type Fetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

/**
 * The browser host's API: `POST {origin}/api/<method>`, with the launch token where one is given
 * (scripts and tests; the app's page carries its session cookie instead). A host that cannot be
 * reached, or an answer that is not the API's, is a typed error too, never a throw.
 */
export function httpTransport(options: { origin: string; token?: string; fetch: Fetch }): Transport {
  const authorization: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  return async (method, input) => {
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await options.fetch(`${options.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authorization },
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
  };
}
