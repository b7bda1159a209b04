import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Item } from '../../../shared/board/schema.ts';
import { outcomeMisfits } from '../../../shared/session/fit.ts';
import { newOutcome, type Outcome, type OutcomeFields, type Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Recorder } from './recorder.ts';
import type { SessionService } from './sessions.ts';

/**
 * The outcome methods of the contract, with undo and redo and the audit trail they live in; and the
 * room's named votes, which share the facilitator's vote but may admit a new participant.
 */
export function outcomeService(store: Store, sessions: SessionService, record: Recorder) {
  // A board version never changes under its hash: read and index it once, not on every vote.
  const indexed = new Map<string, ReturnType<typeof indexBoard> | undefined>();
  function indexOf(hash: string) {
    if (!indexed.has(hash)) {
      const version = store.boardVersions.get(hash);
      indexed.set(hash, version && indexBoard(version.board));
    }
    return indexed.get(hash);
  }

  function itemOf(session: Session, itemId: string): Item {
    const item = indexOf(session.boardHash)?.itemById.get(itemId);
    if (!item) throw new ServiceError('not-found', 'itemNotFound', { item: itemId });
    return item;
  }

  function refuseMisfits(item: Item, session: Session, fields: Partial<OutcomeFields>): void {
    const misfits = outcomeMisfits(item, session.participants, fields);
    if (misfits.length > 0)
      throw new ServiceError(
        'bad-request',
        'outcomeMisfit',
        { item: item.id, detail: misfits.map((misfit) => misfit.message).join('; ') },
        misfits,
      );
  }

  /** The outcome after a change: the stored one (or a fresh one) with the change applied. */
  function changedOutcome(session: Session, itemId: string, changes: Partial<Outcome>, at: string) {
    const before = store.outcomes.get(session.id, itemId) ?? null;
    const base: Outcome = before ?? newOutcome(session.id, itemId, at);
    // A carried outcome keeps where it came from after the room edits it: that is its provenance.
    const after: Outcome = { ...base, ...changes, sessionId: session.id, itemId, updatedAt: at };
    store.outcomes.save(after);
    store.events.forgetRedo(session.id);
    return { before, after };
  }

  function undoState(sessionId: string): ApiOutput<'outcomes.undoState'> {
    return {
      canUndo: store.events.newestUndoable(sessionId) !== undefined,
      canRedo: store.events.nextRedoable(sessionId) !== undefined,
    };
  }

  /**
   * What undo or redo puts back, with the time spent as it stands now: time the room spent is a fact
   * of the meeting, not a decision, so no step takes it back. An outcome that held only time stays.
   */
  function keepingTime(restored: Outcome | null, current: Outcome | null, at: string): Outcome | null {
    const timeSpentSeconds = current?.timeSpentSeconds ?? 0;
    if (restored) return { ...restored, timeSpentSeconds };
    if (timeSpentSeconds === 0 || !current) return null;
    return { ...newOutcome(current.sessionId, current.itemId, at), timeSpentSeconds };
  }

  /** One step back (undo: to the change's `before`) or forward (redo: to its `after`), logged as an event. */
  function step(input: ApiParsedInput<'outcomes.undo'>, direction: 'undo' | 'redo'): ApiOutput<'outcomes.undo'> {
    const session = sessions.findOpenSession(input.sessionId);
    const target =
      direction === 'undo' ? store.events.newestUndoable(session.id) : store.events.nextRedoable(session.id);
    if (!target) return { itemId: null, outcome: null, ...undoState(session.id) };
    const { itemId } = target;
    return record(session, input.actor, (at) => {
      const current = store.outcomes.get(session.id, itemId) ?? null;
      const restored = keepingTime(direction === 'undo' ? target.before : target.after, current, at);
      if (restored) store.outcomes.save(restored);
      else store.outcomes.remove(session.id, itemId);
      if (direction === 'undo') store.events.markUndone(target.id);
      else store.events.markRedone(target.id);
      return {
        result: { itemId, outcome: restored, ...undoState(session.id) },
        event: {
          type: direction === 'undo' ? 'outcome.undone' : 'outcome.redone',
          itemId,
          before: current,
          after: restored,
          refEventId: target.id,
        },
      };
    });
  }

  function castVote(input: ApiParsedInput<'outcomes.vote'>, { admit }: { admit: boolean }): Outcome {
    const found = sessions.findOpenSession(input.sessionId);
    const admitted = admit && !found.participants.includes(input.participant);
    const session = admitted ? { ...found, participants: [...found.participants, input.participant] } : found;
    const item = itemOf(session, input.itemId);
    const votes = { ...store.outcomes.get(session.id, input.itemId)?.votes };
    if (input.optionId) votes[input.participant] = input.optionId;
    else delete votes[input.participant];
    refuseMisfits(item, session, { votes });
    return record(session, input.participant, (at) => {
      if (admitted) store.sessions.setParticipants(session.id, session.participants);
      const { before, after } = changedOutcome(session, input.itemId, { votes }, at);
      return {
        result: after,
        event: { type: 'outcome.voted', itemId: input.itemId, refEventId: null, before, after },
      };
    });
  }

  const handlers = {
    /** Applies a change to one item's outcome; state and audit event commit together or not at all. */
    'outcomes.record'(input: ApiParsedInput<'outcomes.record'>): ApiOutput<'outcomes.record'> {
      const session = sessions.findOpenSession(input.sessionId);
      refuseMisfits(itemOf(session, input.itemId), session, input.changes);
      return record(session, input.actor, (at) => {
        const { before, after } = changedOutcome(session, input.itemId, input.changes, at);
        // Recorded, the draft has become the outcome.
        store.drafts.discard(session.id, input.itemId);
        return {
          result: after,
          event: { type: 'outcome.recorded', itemId: input.itemId, refEventId: null, before, after },
        };
      });
    },
    /**
     * "Confirmed, unchanged": a decision carried into this session, looked at again and kept. Its
     * fields stay (a new review date may come with it); the register and the trail say it was confirmed.
     */
    'outcomes.confirm'(input: ApiParsedInput<'outcomes.confirm'>): ApiOutput<'outcomes.confirm'> {
      const session = sessions.findOpenSession(input.sessionId);
      itemOf(session, input.itemId);
      const current = store.outcomes.get(session.id, input.itemId);
      if (current?.status !== 'decided' || !current.carriedFrom)
        throw new ServiceError('conflict', 'nothingToConfirm', { item: input.itemId });
      const state = current.carriedFrom.state;
      // Confirming puts back what was carried in: a change made before confirming is taken as undone.
      const carried = state ? { ...state } : {};
      const reviewDate = input.reviewDate === undefined ? {} : { reviewDate: input.reviewDate };
      return record(session, input.actor, (at) => {
        const changes = { ...carried, ...reviewDate, confirmedAt: at };
        const { before, after } = changedOutcome(session, input.itemId, changes, at);
        // Confirmed, a draft on the item (at most a new review date) has become the outcome.
        store.drafts.discard(session.id, input.itemId);
        return {
          result: after,
          event: { type: 'outcome.confirmed', itemId: input.itemId, refEventId: null, before, after },
        };
      });
    },
    /** A participant's vote, logged in the participant's name so the trail says who voted. */
    'outcomes.vote'(input: ApiParsedInput<'outcomes.vote'>): ApiOutput<'outcomes.vote'> {
      return castVote(input, { admit: false });
    },
    /**
     * Adds time spent to an item's outcome. Audited, but not a change undo takes back, and it keeps
     * the redo stack: booking time while the room talks must not cost the facilitator a redo.
     */
    'outcomes.addTime'(input: ApiParsedInput<'outcomes.addTime'>): ApiOutput<'outcomes.addTime'> {
      const session = sessions.findOpenSession(input.sessionId);
      itemOf(session, input.itemId);
      return record(session, input.actor, (at) => {
        const before = store.outcomes.get(session.id, input.itemId) ?? null;
        const base = before ?? newOutcome(session.id, input.itemId, at);
        const after: Outcome = { ...base, timeSpentSeconds: base.timeSpentSeconds + input.seconds };
        store.outcomes.save(after);
        return {
          result: after,
          event: { type: 'outcome.timed', itemId: input.itemId, refEventId: null, before, after },
        };
      });
    },
    'outcomes.list'(input: ApiParsedInput<'outcomes.list'>): ApiOutput<'outcomes.list'> {
      sessions.findSession(input.sessionId);
      return store.outcomes.list(input.sessionId);
    },
    /** Takes back the newest change still in effect; the undo itself is logged. */
    'outcomes.undo'(input: ApiParsedInput<'outcomes.undo'>): ApiOutput<'outcomes.undo'> {
      return step(input, 'undo');
    },
    /** Puts back the change undone most recently, as long as nothing new was recorded since. */
    'outcomes.redo'(input: ApiParsedInput<'outcomes.redo'>): ApiOutput<'outcomes.redo'> {
      return step(input, 'redo');
    },
    'outcomes.undoState'(input: ApiParsedInput<'outcomes.undoState'>): ApiOutput<'outcomes.undoState'> {
      sessions.findSession(input.sessionId);
      return undoState(input.sessionId);
    },
    'events.list'(input: ApiParsedInput<'events.list'>): ApiOutput<'events.list'> {
      sessions.findSession(input.sessionId);
      return store.events.list(input.sessionId, input);
    },
  } satisfies HandlerGroup;
  return {
    handlers,
    /**
     * A vote from the room's own devices in named mode: a name the session did not list yet joins
     * its participants in the same commit as the vote, whose event names them.
     */
    roomVote: (input: ApiParsedInput<'outcomes.vote'>): Outcome => castVote(input, { admit: true }),
  };
}
