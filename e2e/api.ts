import type { Page } from '@playwright/test';
import type { RunningHost } from './host.ts';

/** Calls the host's API as the page does, and unwraps the answer; a failed call throws with its code. */
export async function callApi<T>(host: RunningHost, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error.code}: ${body.error.message}`);
  return body.value;
}

/** Calls the API from the page with the tab's own session cookie, as the app does. */
export async function apiCall<T>(page: Page, method: string, input: unknown): Promise<T> {
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
    { method, input },
  ) as Promise<T>;
}
