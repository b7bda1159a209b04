import type { z } from 'zod';
import { apiContract, type ApiInput, type ApiOutput, type BoardwalkTransport } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods.ts';
import type { DraftFields } from '../../shared/meeting/draft.ts';
import { newOutcome, type Outcome, type Session } from '../../shared/session/schema.ts';
import type { SessionSettings } from '../../shared/session/settings.ts';

/** What the back end holds when a component test starts: one board version and one session on it. */
export interface MemoryWorld {
  board: ApiOutput<'boards.get'>;
  session: Session;
  outcomes?: Outcome[];
  settings?: SessionSettings;
}

type Handler<M extends ApiMethod> = (input: ApiInput<M>) => ApiOutput<M>;
type Handlers = { [M in ApiMethod]?: Handler<M> };

/**
 * An in-memory back end for component tests, given to the app as the desktop's IPC transport
 * (`window.boardwalk`), so the real stores run against it. It answers the calls that showing a
 * session, its outcome form and its agenda make; every input is checked against the API contract
 * as the real dispatch does, and every call is kept for the test to read. A call it does not know
 * fails the way the back end fails, so a test that makes one sees the app's error notice.
 */
export function memoryBackend() {
  let world: MemoryWorld;
  let outcomes = new Map<string, Outcome>();
  let settings: SessionSettings = {};
  let drafts = new Map<string, DraftFields>();
  let undoSteps = 0;
  const calls: { method: ApiMethod; input: unknown }[] = [];
  const now = () => new Date().toISOString();

  const outcomeOf = (itemId: string) => outcomes.get(itemId) ?? newOutcome(world.session.id, itemId, now());
  const keep = (outcome: Outcome) => {
    outcomes.set(outcome.itemId, outcome);
    return outcome;
  };

  const handlers: Handlers = {
    'boards.get': () => world.board,
    'outcomes.list': () => [...outcomes.values()],
    'outcomes.undoState': () => ({ canUndo: undoSteps > 0, canRedo: false }),
    'sessions.settings': () => settings,
    'sessions.saveSetting': ({ setting }) => {
      settings = { ...settings, [setting.key]: setting.value };
      return settings;
    },
    'sessions.resume': () => ({ ok: true }),
    'drafts.list': () => ({
      drafts: [...drafts].map(([itemId, fields]) => ({
        sessionId: world.session.id,
        itemId,
        fields,
        updatedAt: now(),
      })),
      timer: null,
    }),
    'drafts.save': ({ sessionId, itemId, fields }) => {
      drafts.set(itemId, fields as DraftFields);
      return { sessionId, itemId, fields: fields as DraftFields, updatedAt: now() };
    },
    'drafts.discard': ({ itemId }) => {
      drafts.delete(itemId);
      return { ok: true };
    },
    'drafts.setTimer': () => ({ ok: true }),
    'outcomes.record': ({ itemId, changes }) => {
      undoSteps += 1;
      drafts.delete(itemId);
      return keep({ ...outcomeOf(itemId), ...(changes as Partial<Outcome>), updatedAt: now() });
    },
    'outcomes.vote': ({ itemId, participant, optionId }) => {
      undoSteps += 1;
      const votes = { ...outcomeOf(itemId).votes };
      if (optionId) votes[participant] = optionId;
      else delete votes[participant];
      return keep({ ...outcomeOf(itemId), votes, updatedAt: now() });
    },
    'outcomes.addTime': ({ itemId, seconds }) => {
      const outcome = outcomeOf(itemId);
      return keep({ ...outcome, timeSpentSeconds: outcome.timeSpentSeconds + seconds });
    },
  };

  const answer = (method: ApiMethod, input: unknown): ApiResult<unknown> => {
    calls.push({ method, input });
    const parsed = (apiContract[method].input as z.ZodType).safeParse(input);
    if (!parsed.success)
      return { ok: false, error: { code: 'bad-request', reason: 'invalidInput', message: parsed.error.message } };
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler)
      return { ok: false, error: { code: 'internal', reason: 'internal', message: `${method} is not in this test` } };
    return { ok: true, value: structuredClone(handler(parsed.data)) };
  };

  const transport = Object.fromEntries(
    API_METHODS.map((method) => [method, async (input: unknown) => answer(method, input)]),
  ) as unknown as BoardwalkTransport;

  return {
    transport,
    /** Starts the back end afresh with `next`; the calls made so far are forgotten. */
    reset(next: MemoryWorld) {
      world = next;
      outcomes = new Map((next.outcomes ?? []).map((outcome) => [outcome.itemId, outcome]));
      settings = next.settings ?? {};
      drafts = new Map();
      undoSteps = 0;
      calls.length = 0;
    },
    /** The inputs of every call of `method` so far, oldest first. */
    inputsOf<M extends ApiMethod>(method: M): ApiInput<M>[] {
      return calls.filter((call) => call.method === method).map((call) => call.input as ApiInput<M>);
    },
    outcome: (itemId: string) => outcomes.get(itemId),
    settings: () => settings,
  };
}

export type MemoryBackend = ReturnType<typeof memoryBackend>;
