import type { Language } from '../../../shared/text.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Db } from './open.ts';
import { sqlParams, type DbSession } from './rows.ts';

function toDomain(row: DbSession, boardId: string): Session {
  return {
    id: row.id,
    boardId,
    boardHash: row.board_hash,
    title: row.title,
    date: row.held_on,
    facilitator: row.facilitator,
    participants: JSON.parse(row.participants_json) as string[],
    language: row.language as Language,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    deletedAt: row.deleted_at,
    previousSessionId: row.previous_session_id,
    lastItemId: row.last_item_id,
    summary: row.summary,
  };
}

type RowWithBoard = DbSession & { board_id: string };

export function sessionRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO sessions (id, board_hash, title, held_on, facilitator, participants_json, language, created_at,
       closed_at, deleted_at, previous_session_id, last_item_id, summary)
     VALUES (@id, @board_hash, @title, @held_on, @facilitator, @participants_json, @language, @created_at,
       @closed_at, @deleted_at, @previous_session_id, @last_item_id, @summary)`,
  );
  const select = `SELECT s.*, b.board_id FROM sessions s JOIN board_versions b ON b.hash = s.board_hash`;
  const byId = db.prepare<[string], RowWithBoard>(`${select} WHERE s.id = ?`);
  const all = db.prepare<[], RowWithBoard>(
    `${select} WHERE s.deleted_at IS NULL ORDER BY s.held_on DESC, s.created_at DESC`,
  );
  const trashed = db.prepare<[], RowWithBoard>(`${select} WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC`);
  const update = db.prepare(
    `UPDATE sessions SET title = @title, closed_at = @closed_at, deleted_at = @deleted_at, last_item_id = @last_item_id,
       summary = @summary
     WHERE id = @id`,
  );
  const setParticipants = db.prepare('UPDATE sessions SET participants_json = ? WHERE id = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE id = ?');
  const unlinkFollowers = db.prepare('UPDATE sessions SET previous_session_id = NULL WHERE previous_session_id = ?');
  const ofBoard = db.prepare<[string], RowWithBoard>(
    `${select} WHERE s.deleted_at IS NULL AND b.board_id = ? ORDER BY s.held_on DESC, s.created_at DESC`,
  );

  return {
    insert(session: Session): void {
      insert.run(
        sqlParams({
          id: session.id,
          board_hash: session.boardHash,
          title: session.title,
          held_on: session.date,
          facilitator: session.facilitator,
          participants_json: JSON.stringify(session.participants),
          language: session.language,
          created_at: session.createdAt,
          closed_at: session.closedAt,
          deleted_at: session.deletedAt,
          previous_session_id: session.previousSessionId,
          last_item_id: session.lastItemId,
          summary: session.summary,
        }),
      );
    },
    get(id: string): Session | undefined {
      const row = byId.get(id);
      return row && toDomain(row, row.board_id);
    },
    /** Saves the fields that change over a session's life; the rest is fixed at creation. */
    update(session: Session): void {
      update.run(
        sqlParams({
          id: session.id,
          title: session.title,
          closed_at: session.closedAt,
          deleted_at: session.deletedAt,
          last_item_id: session.lastItemId,
          summary: session.summary,
        }),
      );
    },
    /** A name from the room joins the participants the session was created with. */
    setParticipants(id: string, participants: readonly string[]): void {
      setParticipants.run(JSON.stringify(participants), id);
    },
    listTrashed(): Session[] {
      return trashed.all().map((row) => toDomain(row, row.board_id));
    },
    /** Removes a session for good, with its outcomes and events (cascade); later sessions keep their own copy. */
    purge(id: string): void {
      unlinkFollowers.run(id);
      purge.run(id);
    },
    list(boardId?: string): Session[] {
      const rows = boardId ? ofBoard.all(boardId) : all.all();
      return rows.map((row) => toDomain(row, row.board_id));
    },
  };
}
