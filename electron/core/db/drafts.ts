import { draftFieldsSchema, type Draft, type DraftFields, type RunningTimer } from '../../../shared/meeting/draft.ts';
import type { Db } from './open.ts';

interface DbDraft {
  item_id: string;
  fields_json: string;
  updated_at: string;
}

interface DbRunningTimer {
  item_id: string;
  since_ms: number;
}

/** Drafts of outcomes not yet recorded, and the time box's running clock, per session. */
export function draftRepository(db: Db) {
  const ofSession = db.prepare<[string], DbDraft>(
    'SELECT item_id, fields_json, updated_at FROM drafts WHERE session_id = ? ORDER BY item_id',
  );
  const upsert = db.prepare(
    `INSERT INTO drafts (session_id, item_id, fields_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, item_id) DO UPDATE SET fields_json = excluded.fields_json, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM drafts WHERE session_id = ? AND item_id = ?');
  const timerOf = db.prepare<[string], DbRunningTimer>(
    'SELECT item_id, since_ms FROM running_timers WHERE session_id = ?',
  );
  const setTimer = db.prepare(
    `INSERT INTO running_timers (session_id, item_id, since_ms) VALUES (?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET item_id = excluded.item_id, since_ms = excluded.since_ms`,
  );
  const stopTimer = db.prepare('DELETE FROM running_timers WHERE session_id = ?');

  return {
    list(sessionId: string): Draft[] {
      return ofSession.all(sessionId).flatMap((row) => {
        // A draft whose stored shape no longer fits is let go rather than failing the session.
        const fields = draftFieldsSchema.safeParse(JSON.parse(row.fields_json));
        return fields.success
          ? [{ sessionId, itemId: row.item_id, fields: fields.data, updatedAt: row.updated_at }]
          : [];
      });
    },
    save(sessionId: string, itemId: string, fields: DraftFields, at: string): void {
      upsert.run(sessionId, itemId, JSON.stringify(fields), at);
    },
    discard(sessionId: string, itemId: string): void {
      remove.run(sessionId, itemId);
    },
    timer(sessionId: string): RunningTimer | null {
      const row = timerOf.get(sessionId);
      return row ? { itemId: row.item_id, since: row.since_ms } : null;
    },
    setTimer(sessionId: string, timer: RunningTimer | null): void {
      if (timer) setTimer.run(sessionId, timer.itemId, timer.since);
      else stopTimer.run(sessionId);
    },
  };
}
