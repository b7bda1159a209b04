import { ApiError } from '../../../shared/api/errors.ts';
import { useNotices } from './notices.ts';

/**
 * How a failure reaches the user: as a message, or, where the host refused this tab's token (it
 * was restarted since), as the notice that the app must be opened again.
 */
export function report(error: unknown): void {
  if (error instanceof ApiError && error.code === 'wrong-token') useNotices.getState().markRestarted();
  else useNotices.getState().showError(error);
}

/** Every failed call reaches the user the same way, as a message; the caller learns only that it failed. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    report(error);
    return undefined;
  }
}

export type LatestAnswer<T> = { current: false } | { current: true; ok: true; value: T } | { current: true; ok: false };

/**
 * For a view that asks again whenever its question changes: only the newest request's answer (or
 * failure) counts, so a slow earlier answer never shows over a newer one.
 */
export function latestOnly() {
  let newest = 0;
  return async function ask<T>(work: () => Promise<T>): Promise<LatestAnswer<T>> {
    const ticket = ++newest;
    try {
      const value = await work();
      return ticket === newest ? { current: true, ok: true, value } : { current: false };
    } catch (error) {
      if (ticket !== newest) return { current: false };
      report(error);
      return { current: true, ok: false };
    }
  };
}
