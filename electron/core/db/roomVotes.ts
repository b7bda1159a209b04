import type { VoteCounts, VoteMode } from '../../../shared/room.ts';
import type { Db } from './open.ts';

/** A session's room mode and its anonymous vote counts; nothing here names a participant. */
export function roomVoteRepository(db: Db) {
  const modeOf = db.prepare<[string], { vote_mode: VoteMode }>(
    'SELECT vote_mode FROM room_settings WHERE session_id = ?',
  );
  const setMode = db.prepare(
    `INSERT INTO room_settings (session_id, vote_mode) VALUES (?, ?)
     ON CONFLICT (session_id) DO UPDATE SET vote_mode = excluded.vote_mode`,
  );
  const countsOf = db.prepare<[string, string], { choice: string; count: number }>(
    'SELECT choice, count FROM anonymous_vote_counts WHERE session_id = ? AND item_id = ? AND count > 0',
  );
  const allCounts = db.prepare<[string], { item_id: string; choice: string; count: number }>(
    'SELECT item_id, choice, count FROM anonymous_vote_counts WHERE session_id = ? AND count > 0',
  );
  const add = db.prepare(
    `INSERT INTO anonymous_vote_counts (session_id, item_id, choice, count) VALUES (@session, @item, @choice, MAX(0, @delta))
     ON CONFLICT (session_id, item_id, choice) DO UPDATE SET count = MAX(0, count + @delta)`,
  );
  return {
    mode(sessionId: string): VoteMode | undefined {
      return modeOf.get(sessionId)?.vote_mode;
    },
    setMode(sessionId: string, mode: VoteMode): void {
      setMode.run(sessionId, mode);
    },
    counts(sessionId: string, itemId: string): VoteCounts {
      return Object.fromEntries(countsOf.all(sessionId, itemId).map((row) => [row.choice, row.count]));
    },
    /** Item id to its counts, for every item of the session that has any. */
    sessionCounts(sessionId: string): Record<string, VoteCounts> {
      const byItem: Record<string, VoteCounts> = {};
      for (const row of allCounts.all(sessionId)) (byItem[row.item_id] ??= {})[row.choice] = row.count;
      return byItem;
    },
    /** One choice counted once more (delta 1) or once less (delta -1). */
    count(sessionId: string, itemId: string, choice: string, delta: 1 | -1): void {
      add.run({ session: sessionId, item: itemId, choice, delta });
    },
  };
}
