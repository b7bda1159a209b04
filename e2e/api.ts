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

/** Calls the API with the tab's own token (the one the page keeps), as the app does. */
export async function apiCall<M extends ApiMethod>(page: Page, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const token = await page.evaluate(() => sessionStorage.getItem('boardwalk.token') ?? '');
  return hostApi({ origin: new URL(page.url()).origin, token })[method](input);
}
