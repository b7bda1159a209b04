import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import { EMPTY_OUTCOME, recordOutcomeSchema, type Outcome } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { SessionService } from './sessions.ts';

export function outcomeService(store: Store, sessions: SessionService) {
  function itemOf(session: { boardHash: string }, itemId: string) {
    const version = store.boardVersions.get(session.boardHash);
    return version?.board.items.find((item) => item.id === itemId);
  }

  return {
    /** Applies a change to one item's outcome; state and audit event commit together or not at all. */
    record(input: ApiInput<'outcomes.record'>): ApiOutput<'outcomes.record'> {
      const { sessionId, itemId, changes, actor } = recordOutcomeSchema.parse(input);
      const session = sessions.require(sessionId);
      if (session.closedAt) throw new ServiceError('read-only', 'This session is closed; reopen it to make changes');
      const item = itemOf(session, itemId);
      if (!item) throw new ServiceError('not-found', `No item '${itemId}' on this session's board`);
      if (changes.chosenOption && !item.options.some((option) => option.id === changes.chosenOption))
        throw new ServiceError('bad-request', `Item '${itemId}' has no option '${changes.chosenOption}'`);
      return store.transaction(() => {
        const before = store.outcomes.get(sessionId, itemId);
        const base: Outcome = before ?? { ...EMPTY_OUTCOME, sessionId, itemId, updatedAt: '' };
        const after: Outcome = { ...base, ...changes, sessionId, itemId, updatedAt: new Date().toISOString() };
        store.outcomes.save(after);
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
  };
}
