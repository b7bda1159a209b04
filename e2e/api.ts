import type { Page } from '@playwright/test';
import { createApiClient, httpTransport } from '../shared/api/client.ts';
import type { ApiInput, ApiMethod, ApiOutput, BoardwalkApi } from '../shared/api/contract.ts';
import type { RunningHost } from './host.ts';

/** The host's API as the app's page calls it, typed by the contract; a failed call throws an ApiError. */
export function hostApi(host: Pick<RunningHost, 'origin' | 'token'>): BoardwalkApi {
  return createApiClient(httpTransport({ origin: host.origin, token: host.token, fetch }));
}

/** Calls one method of the host's API. */
export function callApi<M extends ApiMethod>(host: RunningHost, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  return hostApi(host)[method](input);
}

/** Calls the API from the page with the tab's own session cookie, as the app does; a failed call throws. */
export async function apiCall<M extends ApiMethod>(page: Page, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message);
      return body.value;
    },
    { method, input } as { method: string; input: unknown },
  ) as Promise<ApiOutput<M>>;
}
