import { z } from 'zod';
import { apiContract, type ApiOutput, type ApiParsedInput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { isApiMethod, type ApiMethod } from '../../shared/api/methods.ts';
import { ServiceError } from './errors.ts';

/** Each handler gets its input as the contract's schema parsed it: checked, trimmed, defaults applied. */
export type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** Validates the input against the contract, calls the handler, and never lets a stack trace out. */
export function createDispatch(handlers: Handlers, log: (line: string) => void): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method))
      return { ok: false, error: { code: 'unknown-method', message: `No API method '${method}'` } };
    const parsed = apiContract[method].input.safeParse(input ?? {});
    if (!parsed.success)
      return {
        ok: false,
        error: { code: 'bad-request', message: z.prettifyError(parsed.error), details: parsed.error.issues },
      };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.toBody() };
      if (error instanceof z.ZodError)
        return { ok: false, error: { code: 'bad-request', message: z.prettifyError(error), details: error.issues } };
      log(`API ${method} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; the details are in the log.' } };
    }
  };
}
