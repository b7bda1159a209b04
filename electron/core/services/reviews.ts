import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import { compareOutcomes } from '../../../shared/session/compare.ts';
import type { Outcome } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { Recorder } from './recorder.ts';
import type { SessionService } from './sessions.ts';

const CARRIED_STATUSES = new Set(['open', 'deferred', 'escalated']);

/** Working across sessions: the next quarterly review, and what changed since the last one. */
export function reviewService(store: Store, sessions: SessionService, record: Recorder) {
  return {
    /**
     * Starts the next review on the newest board version, carrying over what is still open,
     * deferred or escalated; each carried outcome's event points back to the session it came from.
     */
    nextReview(input: ApiParsedInput<'sessions.nextReview'>): ApiOutput<'sessions.nextReview'> {
      const previous = sessions.findSession(input.sessionId);
      if (!previous.closedAt)
        throw new ServiceError('conflict', 'Close this session before starting the next review from it');
      const newest = store.boardVersions.newest(previous.boardId);
      if (!newest) throw new ServiceError('not-found', `No board '${previous.boardId}'`);
      const itemIds = new Set(newest.board.items.map((item) => item.id));
      const candidates = store.outcomes.list(previous.id).filter((outcome) => CARRIED_STATUSES.has(outcome.status));
      const carried = candidates.filter((outcome) => itemIds.has(outcome.itemId));
      const dropped = candidates.filter((outcome) => !itemIds.has(outcome.itemId)).map((outcome) => outcome.itemId);
      return store.transaction(() => {
        const session = sessions.create(
          {
            boardId: previous.boardId,
            boardHash: newest.hash,
            title: input.title,
            date: input.date,
            facilitator: input.facilitator ?? previous.facilitator,
            participants: previous.participants,
            language: previous.language,
          },
          { previousSessionId: previous.id },
        );
        const from = { sessionId: previous.id, title: previous.title, date: previous.date };
        for (const outcome of carried)
          record(session, input.actor, (at) => {
            const copy: Outcome = { ...outcome, sessionId: session.id, updatedAt: at };
            store.outcomes.save(copy);
            return {
              result: copy,
              event: {
                type: 'outcome.carried-over',
                itemId: outcome.itemId,
                refEventId: null,
                before: from,
                after: copy,
              },
            };
          });
        return { session, carried: carried.map((outcome) => outcome.itemId), dropped };
      });
    },
    compare(input: ApiParsedInput<'sessions.compare'>): ApiOutput<'sessions.compare'> {
      const earlier = sessions.findSession(input.earlierSessionId);
      const later = sessions.findSession(input.laterSessionId);
      if (earlier.boardId !== later.boardId)
        throw new ServiceError('bad-request', 'Only sessions of the same board can be compared');
      const itemIds = new Set<string>();
      for (const session of [earlier, later])
        store.boardVersions.get(session.boardHash)?.board.items.forEach((item) => itemIds.add(item.id));
      const rows = compareOutcomes([...itemIds], store.outcomes.list(earlier.id), store.outcomes.list(later.id));
      return { earlier, later, items: rows };
    },
  };
}
