import type { BoardwalkApi } from '../../shared/api/contract.ts';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods.ts';
import type { Memory } from '../src/stores/memory.ts';

interface PendingCall {
  method: ApiMethod;
  input: Record<string, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * A back end for store tests whose answers the test gives by hand, in any order: that is how a
 * slow answer overtaken by a newer one is played out. Every call waits until answered.
 */
export function fakeBackend() {
  const calls: PendingCall[] = [];
  const api = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (input: Record<string, unknown>) =>
        new Promise((resolve, reject) => calls.push({ method, input, resolve, reject })),
    ]),
  ) as unknown as BoardwalkApi;

  /** The oldest unanswered call of a method (optionally matching its input). */
  function pending(method: ApiMethod, match: Record<string, unknown> = {}): PendingCall {
    const call = calls.find(
      (candidate) =>
        candidate.method === method && Object.entries(match).every(([key, value]) => candidate.input[key] === value),
    );
    if (!call) throw new Error(`No pending ${method} ${JSON.stringify(match)}; pending: ${describe()}`);
    calls.splice(calls.indexOf(call), 1);
    return call;
  }

  function describe(): string {
    return calls.map((call) => call.method).join(', ') || 'none';
  }

  return {
    api,
    /** Answers the oldest pending call of `method` and lets the stores react to it. */
    async answer(method: ApiMethod, value: unknown, match?: Record<string, unknown>) {
      await settle();
      pending(method, match).resolve(value);
      await settle();
    },
    async fail(method: ApiMethod, error: Error, match?: Record<string, unknown>) {
      await settle();
      pending(method, match).reject(error);
      await settle();
    },
    /** How many calls of a method wait for an answer (after the stores have moved as far as they can). */
    async count(method: ApiMethod): Promise<number> {
      await settle();
      return calls.filter((call) => call.method === method).length;
    },
    async inputOf(method: ApiMethod): Promise<Record<string, unknown>> {
      await settle();
      const call = calls.find((candidate) => candidate.method === method);
      if (!call) throw new Error(`No pending ${method}; pending: ${describe()}`);
      return call.input;
    },
    async pendingMethods(): Promise<string> {
      await settle();
      return describe();
    },
  };
}

/** Lets every promise chain that can move on do so. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 20; round++) await Promise.resolve();
}

export function memoryInTests(): Memory {
  const values = new Map<string, string>();
  return {
    board: () => values.get('board') ?? null,
    setBoard: (boardId) => values.set('board', boardId),
    session: (boardId) => values.get(`session:${boardId}`) ?? null,
    setSession: (boardId, sessionId) => values.set(`session:${boardId}`, sessionId),
  };
}
