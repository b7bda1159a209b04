import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import { EMPTY_OUTCOME, recordOutcomeSchema, type Outcome, type Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { SessionService } from './sessions.ts';

export function outcomeService(store: Store, sessions: SessionService) {
  function itemOf(session: Session, itemId: string) {
    const version = store.boardVersions.get(session.boardHash);
    return version?.board.items.find((item) => item.id === itemId);
  }

  /** Puts an item's outcome back to a recorded state, or to "never touched" when there was none. */
  function restoreOutcome(session: Session, itemId: string, state: Outcome | null): Outcome | null {
    if (state) store.outcomes.save(state);
    else store.outcomes.remove(session.id, itemId);
    return state;
  }

  function undoState(sessionId: string): ApiOutput<'outcomes.undoState'> {
    return {
      canUndo: store.events.newestUndoable(sessionId) !== undefined,
      canRedo: store.events.nextRedoable(sessionId) !== undefined,
    };
  }

  /** One step back (undo: to the change's `before`) or forward (redo: to its `after`), logged as an event. */
  function step(input: ApiInput<'outcomes.undo'>, direction: 'undo' | 'redo'): ApiOutput<'outcomes.undo'> {
    const session = sessions.requireOpen(input.sessionId);
    return store.transaction(() => {
      const target =
        direction === 'undo' ? store.events.newestUndoable(session.id) : store.events.nextRedoable(session.id);
      if (!target) return { itemId: null, outcome: null, ...undoState(session.id) };
      const itemId = target.itemId!;
      const current = store.outcomes.get(session.id, itemId) ?? null;
      const state = (direction === 'undo' ? target.before : target.after) as Outcome | null;
      const restored = restoreOutcome(session, itemId, state);
      if (direction === 'undo') store.events.markUndone(target.id);
      else store.events.markRedone(target.id);
      store.events.append({
        sessionId: session.id,
        at: new Date().toISOString(),
        actor: input.actor ?? '',
        type: direction === 'undo' ? 'outcome.undone' : 'outcome.redone',
        itemId,
        before: current,
        after: restored,
        refEventId: target.id,
      });
      return { itemId, outcome: restored, ...undoState(session.id) };
    });
  }

  return {
    /** Applies a change to one item's outcome; state and audit event commit together or not at all. */
    record(input: ApiInput<'outcomes.record'>): ApiOutput<'outcomes.record'> {
      const { sessionId, itemId, changes, actor } = recordOutcomeSchema.parse(input);
      const session = sessions.requireOpen(sessionId);
      const item = itemOf(session, itemId);
      if (!item) throw new ServiceError('not-found', `No item '${itemId}' on this session's board`);
      if (changes.chosenOption && !item.options.some((option) => option.id === changes.chosenOption))
        throw new ServiceError('bad-request', `Item '${itemId}' has no option '${changes.chosenOption}'`);
      return store.transaction(() => {
        const before = store.outcomes.get(sessionId, itemId);
        const base: Outcome = before ?? { ...EMPTY_OUTCOME, sessionId, itemId, updatedAt: '' };
        const after: Outcome = { ...base, ...changes, sessionId, itemId, updatedAt: new Date().toISOString() };
        store.outcomes.save(after);
        store.events.forgetRedo(sessionId);
        store.events.append({
          sessionId,
          at: after.updatedAt,
          actor,
          type: 'outcome.recorded',
          itemId,
          before: before ?? null,
          after,
        });
        return after;
      });
    },
    list(input: ApiInput<'outcomes.list'>): ApiOutput<'outcomes.list'> {
      sessions.require(input.sessionId);
      return store.outcomes.list(input.sessionId);
    },
    /** Takes back the newest change still in effect; the undo itself is logged. */
    undo(input: ApiInput<'outcomes.undo'>): ApiOutput<'outcomes.undo'> {
      return step(input, 'undo');
    },
    /** Puts back the change undone most recently, as long as nothing new was recorded since. */
    redo(input: ApiInput<'outcomes.redo'>): ApiOutput<'outcomes.redo'> {
      return step(input, 'redo');
    },
    undoState(input: ApiInput<'outcomes.undoState'>): ApiOutput<'outcomes.undoState'> {
      sessions.require(input.sessionId);
      return undoState(input.sessionId);
    },
    events(input: ApiInput<'events.list'>): ApiOutput<'events.list'> {
      sessions.require(input.sessionId);
      return store.events.list(input.sessionId, input.itemId);
    },
  };
}
