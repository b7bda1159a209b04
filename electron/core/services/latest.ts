import type { Outcome, Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';

/** A board's sessions (not in the trash) in the order they were held. */
export function sessionsByDate(store: Pick<Store, 'sessions'>, boardId: string): Session[] {
  return [...store.sessions.list(boardId)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** For every item of a board, its outcome in the latest session that recorded one. */
export function latestOutcomes(
  store: Pick<Store, 'sessions' | 'outcomes'>,
  boardId: string,
): { outcome: Outcome; session: Session }[] {
  const latest = new Map<string, { outcome: Outcome; session: Session }>();
  for (const session of sessionsByDate(store, boardId))
    for (const outcome of store.outcomes.list(session.id)) latest.set(outcome.itemId, { outcome, session });
  return [...latest.values()];
}
