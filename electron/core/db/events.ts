import {
  UNDOABLE_EVENT_TYPES,
  type AuditEvent,
  type NewEvent,
  type UndoableEvent,
} from '../../../shared/session/events.ts';
import type { Db } from './open.ts';
import { sqlParams, type DbEvent } from './rows.ts';

// The log is written only through `append`, which takes a typed event: a row read back is one of them.
function toDomain(row: DbEvent): AuditEvent {
  return {
    id: row.id,
    sessionId: row.session_id,
    at: row.at,
    actor: row.actor,
    type: row.type,
    itemId: row.item_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    refEventId: row.ref_event_id,
    undone: row.undone === 1,
  } as AuditEvent;
}

export interface EventPage {
  itemId?: string;
  /** The id of the last event already read; the page starts after it. */
  after?: number;
  limit?: number;
}

const undoable = UNDOABLE_EVENT_TYPES.map((type) => `'${type}'`).join(', ');

/**
 * The audit log, append-only. Undo and redo are stacks kept in two flags: a change with
 * `undone = 0` can be undone (newest first); one with `redoable = 1` can be redone (the most
 * recently undone first, which is the oldest of them). A new change empties the redo stack.
 */
export function eventRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO events (session_id, at, actor, type, item_id, before_json, after_json, ref_event_id, undone)
     VALUES (@session_id, @at, @actor, @type, @item_id, @before_json, @after_json, @ref_event_id, @undone)`,
  );
  // Keyset pages: the events after a known id, oldest first; -1 as the limit means all of them.
  const ofSession = db.prepare<{ session: string; after: number; limit: number }, DbEvent>(
    'SELECT * FROM events WHERE session_id = @session AND id > @after ORDER BY id LIMIT @limit',
  );
  const ofItem = db.prepare<{ session: string; item: string; after: number; limit: number }, DbEvent>(
    'SELECT * FROM events WHERE session_id = @session AND item_id = @item AND id > @after ORDER BY id LIMIT @limit',
  );
  // Undo never reaches back past an import: the imported history is the record, not open work.
  const newestUndoable = db.prepare<{ session: string }, DbEvent>(
    `SELECT * FROM events WHERE session_id = @session AND type IN (${undoable}) AND undone = 0
       AND id > COALESCE((SELECT MAX(id) FROM events WHERE session_id = @session AND type = 'session.imported'), 0)
     ORDER BY id DESC LIMIT 1`,
  );
  const nextRedoable = db.prepare<[string], DbEvent>(
    `SELECT * FROM events WHERE session_id = ? AND redoable = 1 ORDER BY id ASC LIMIT 1`,
  );
  const setUndone = db.prepare('UPDATE events SET undone = 1, redoable = 1 WHERE id = ?');
  const setRedone = db.prepare('UPDATE events SET undone = 0, redoable = 0 WHERE id = ?');
  const dropRedo = db.prepare('UPDATE events SET redoable = 0 WHERE session_id = ? AND redoable = 1');

  return {
    append(event: NewEvent): number {
      const result = insert.run(
        sqlParams({
          session_id: event.sessionId,
          at: event.at,
          actor: event.actor,
          type: event.type,
          item_id: event.itemId,
          before_json: event.before === null ? null : JSON.stringify(event.before),
          after_json: event.after === null ? null : JSON.stringify(event.after),
          ref_event_id: event.refEventId ?? null,
          undone: event.undone ? 1 : 0,
        }),
      );
      return Number(result.lastInsertRowid);
    },
    /** A session's events oldest first: all of them, or a page of at most `limit` after the event `after`. */
    list(sessionId: string, page: EventPage = {}): AuditEvent[] {
      const bounds = { session: sessionId, after: page.after ?? 0, limit: page.limit ?? -1 };
      const rows = page.itemId ? ofItem.all({ ...bounds, item: page.itemId }) : ofSession.all(bounds);
      return rows.map(toDomain);
    },
    newestUndoable(sessionId: string): UndoableEvent | undefined {
      const row = newestUndoable.get({ session: sessionId });
      return row && (toDomain(row) as UndoableEvent);
    },
    nextRedoable(sessionId: string): UndoableEvent | undefined {
      const row = nextRedoable.get(sessionId);
      return row && (toDomain(row) as UndoableEvent);
    },
    markUndone(id: number): void {
      setUndone.run(id);
    },
    markRedone(id: number): void {
      setRedone.run(id);
    },
    forgetRedo(sessionId: string): void {
      dropRedo.run(sessionId);
    },
  };
}
