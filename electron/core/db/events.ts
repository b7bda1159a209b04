import type { AuditEvent } from '../../../shared/session/schema.ts';
import type { Db } from './open.ts';
import { sqlParams, type DbEvent } from './rows.ts';

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
  };
}

export function eventRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO events (session_id, at, actor, type, item_id, before_json, after_json)
     VALUES (@session_id, @at, @actor, @type, @item_id, @before_json, @after_json)`,
  );
  const ofSession = db.prepare<[string], DbEvent>('SELECT * FROM events WHERE session_id = ? ORDER BY id');

  return {
    append(event: Omit<AuditEvent, 'id'>): number {
      const result = insert.run(
        sqlParams({
          session_id: event.sessionId,
          at: event.at,
          actor: event.actor,
          type: event.type,
          item_id: event.itemId,
          before_json: event.before === null ? null : JSON.stringify(event.before),
          after_json: event.after === null ? null : JSON.stringify(event.after),
        }),
      );
      return Number(result.lastInsertRowid);
    },
    list(sessionId: string): AuditEvent[] {
      return ofSession.all(sessionId).map(toDomain);
    },
  };
}
