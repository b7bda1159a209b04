import type { ApiOutput, ApiParsedInput } from '../../shared/api/contract.ts';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods.ts';

/** Each handler gets its input as the contract's schema parsed it: checked, trimmed, defaults applied. */
export type Handler<M extends ApiMethod> = (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type Handlers = { [M in ApiMethod]: Handler<M> };

/**
 * What one domain answers: the methods it declares, named as in the contract. Written
 * `{ 'sessions.get'(input) {…} } satisfies HandlerGroup`, so a name the contract lacks, or a handler
 * whose input or output does not fit, does not compile.
 */
export type HandlerGroup = Partial<Handlers>;

type Combined<Groups extends readonly HandlerGroup[]> = Groups extends readonly [
  infer First,
  ...infer Rest extends readonly HandlerGroup[],
]
  ? First & Combined<Rest>
  : unknown;

/**
 * The domains' groups as one table. Assigned to `Handlers`, a method no group answers does not
 * compile; a method two groups answer is refused when the core starts.
 */
export function combineHandlers<const Groups extends readonly HandlerGroup[]>(...groups: Groups): Combined<Groups> {
  const combined: Record<string, unknown> = {};
  for (const group of groups)
    for (const [method, handler] of Object.entries(group)) {
      if (method in combined) throw new Error(`Two handlers answer '${method}'`);
      combined[method] = handler;
    }
  const missing = API_METHODS.filter((method) => !(method in combined));
  if (missing.length > 0) throw new Error(`No handler answers ${missing.join(', ')}`);
  return combined as Combined<Groups>;
}
