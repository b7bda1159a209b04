import { z } from 'zod';
import { apiContract } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { isApiMethod } from '../../shared/api/methods.ts';
import { errorBody, ServiceError } from './errors.ts';
import type { Handlers } from './handlers.ts';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const invalidInput = (error: z.ZodError) =>
  errorBody('bad-request', 'invalidInput', { detail: z.prettifyError(error) }, error.issues);

/** Validates the input against the contract, calls the handler, and never lets a stack trace out. */
export function createDispatch(handlers: Handlers, log: (line: string) => void): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method)) return { ok: false, error: errorBody('unknown-method', 'unknownMethod', { method }) };
    const parsed = apiContract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.toBody() };
      if (error instanceof z.ZodError) return { ok: false, error: invalidInput(error) };
      log(`API ${method} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: errorBody('internal', 'internal') };
    }
  };
}
