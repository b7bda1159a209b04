import type { RegisterChange, RegisterLine, RegisterLineKind } from '../../../shared/session/register.ts';
import type { OutcomeStatus } from '../../../shared/session/schema.ts';
import type { Db } from './open.ts';
import { sqlParams } from './rows.ts';

/** A decision as the register stores it; its state and history are read beside it. */
export interface StoredEntry {
  boardId: string;
  number: number;
  itemId: string;
  option: string | null;
  decidedIn: { sessionId: string; title: string; date: string };
  decidedAt: string;
  actor: string;
  supersedes: number | null;
  supersededBy: number | null;
  /** The session in which the decision was withdrawn (set aside as not applicable). */
  withdrawnIn: string | null;
}

export interface StoredLine extends RegisterLine {
  boardId: string;
}

interface DbEntry {
  board_id: string;
  number: number;
  item_id: string;
  option_id: string | null;
  session_id: string;
  session_title: string;
  session_date: string;
  decided_at: string;
  actor: string;
  supersedes: number | null;
  superseded_by: number | null;
  withdrawn_in: string | null;
}

interface DbLine {
  board_id: string;
  item_id: string;
  session_id: string;
  session_title: string;
  session_date: string;
  kind: string;
  status: string;
  option_id: string | null;
  previous_option_id: string | null;
  changes_json: string;
  actor: string;
  at: string;
}

export interface PurgeRecord {
  id: number;
  at: string;
  actor: string;
  sessions: { id: string; boardId: string; title: string; date: string }[];
}

function entryOf(row: DbEntry): StoredEntry {
  return {
    boardId: row.board_id,
    number: row.number,
    itemId: row.item_id,
    option: row.option_id,
    decidedIn: { sessionId: row.session_id, title: row.session_title, date: row.session_date },
    decidedAt: row.decided_at,
    actor: row.actor,
    supersedes: row.supersedes,
    supersededBy: row.superseded_by,
    withdrawnIn: row.withdrawn_in,
  };
}

function entryRow(entry: StoredEntry): DbEntry {
  return {
    board_id: entry.boardId,
    number: entry.number,
    item_id: entry.itemId,
    option_id: entry.option,
    session_id: entry.decidedIn.sessionId,
    session_title: entry.decidedIn.title,
    session_date: entry.decidedIn.date,
    decided_at: entry.decidedAt,
    actor: entry.actor,
    supersedes: entry.supersedes,
    superseded_by: entry.supersededBy,
    withdrawn_in: entry.withdrawnIn,
  };
}

function lineOf(row: DbLine): StoredLine {
  return {
    boardId: row.board_id,
    itemId: row.item_id,
    session: { sessionId: row.session_id, title: row.session_title, date: row.session_date },
    kind: row.kind as RegisterLineKind,
    status: row.status as OutcomeStatus,
    option: row.option_id,
    previousOption: row.previous_option_id,
    changes: JSON.parse(row.changes_json) as RegisterChange[],
    actor: row.actor,
    at: row.at,
  };
}

/** A board's decision register: numbered entries and one history line per item and session. */
export function registerRepository(db: Db) {
  const upsertEntry = db.prepare(
    `INSERT INTO register_entries (board_id, number, item_id, option_id, session_id, session_title, session_date,
       decided_at, actor, supersedes, superseded_by, withdrawn_in)
     VALUES (@board_id, @number, @item_id, @option_id, @session_id, @session_title, @session_date,
       @decided_at, @actor, @supersedes, @superseded_by, @withdrawn_in)
     ON CONFLICT (board_id, number) DO UPDATE SET item_id = excluded.item_id, option_id = excluded.option_id,
       session_id = excluded.session_id, session_title = excluded.session_title, session_date = excluded.session_date,
       decided_at = excluded.decided_at, actor = excluded.actor, supersedes = excluded.supersedes,
       superseded_by = excluded.superseded_by, withdrawn_in = excluded.withdrawn_in`,
  );
  const entriesOfBoard = db.prepare<[string], DbEntry>(
    'SELECT * FROM register_entries WHERE board_id = ? ORDER BY number',
  );
  const entriesOfItem = db.prepare<[string, string], DbEntry>(
    'SELECT * FROM register_entries WHERE board_id = ? AND item_id = ? ORDER BY number',
  );
  const removeEntry = db.prepare('DELETE FROM register_entries WHERE board_id = ? AND number = ?');
  const highest = db.prepare<[string], { top: number | null }>(
    'SELECT MAX(number) AS top FROM register_entries WHERE board_id = ?',
  );
  const upsertLine = db.prepare(
    `INSERT INTO register_lines (board_id, item_id, session_id, session_title, session_date, kind, status, option_id,
       previous_option_id, changes_json, actor, at)
     VALUES (@board_id, @item_id, @session_id, @session_title, @session_date, @kind, @status, @option_id,
       @previous_option_id, @changes_json, @actor, @at)
     ON CONFLICT (board_id, item_id, session_id) DO UPDATE SET session_title = excluded.session_title,
       session_date = excluded.session_date, kind = excluded.kind, status = excluded.status,
       option_id = excluded.option_id, previous_option_id = excluded.previous_option_id,
       changes_json = excluded.changes_json, actor = excluded.actor, at = excluded.at`,
  );
  const removeLine = db.prepare('DELETE FROM register_lines WHERE board_id = ? AND item_id = ? AND session_id = ?');
  const linesOfBoard = db.prepare<[string], DbLine>(
    'SELECT * FROM register_lines WHERE board_id = ? ORDER BY session_date, at',
  );
  const oneLine = db.prepare<[string, string, string], DbLine>(
    'SELECT * FROM register_lines WHERE board_id = ? AND item_id = ? AND session_id = ?',
  );
  const anyOfBoard = db.prepare<{ board: string }, { found: number }>(
    `SELECT EXISTS (SELECT 1 FROM register_lines WHERE board_id = @board)
       OR EXISTS (SELECT 1 FROM register_entries WHERE board_id = @board) AS found`,
  );
  const insertPurge = db.prepare('INSERT INTO purge_records (at, actor, sessions_json) VALUES (?, ?, ?)');
  const purges = db.prepare<[], { id: number; at: string; actor: string; sessions_json: string }>(
    'SELECT * FROM purge_records ORDER BY id DESC',
  );

  return {
    entries(boardId: string): StoredEntry[] {
      return entriesOfBoard.all(boardId).map(entryOf);
    },
    entriesOfItem(boardId: string, itemId: string): StoredEntry[] {
      return entriesOfItem.all(boardId, itemId).map(entryOf);
    },
    saveEntry(entry: StoredEntry): void {
      upsertEntry.run(sqlParams({ ...entryRow(entry) }));
    },
    removeEntry(boardId: string, number: number): void {
      removeEntry.run(boardId, number);
    },
    nextNumber(boardId: string): number {
      return (highest.get(boardId)?.top ?? 0) + 1;
    },
    lines(boardId: string): StoredLine[] {
      return linesOfBoard.all(boardId).map(lineOf);
    },
    saveLine(line: StoredLine): void {
      upsertLine.run(
        sqlParams({
          board_id: line.boardId,
          item_id: line.itemId,
          session_id: line.session.sessionId,
          session_title: line.session.title,
          session_date: line.session.date,
          kind: line.kind,
          status: line.status,
          option_id: line.option,
          previous_option_id: line.previousOption,
          changes_json: JSON.stringify(line.changes),
          actor: line.actor,
          at: line.at,
        }),
      );
    },
    removeLine(boardId: string, itemId: string, sessionId: string): void {
      removeLine.run(boardId, itemId, sessionId);
    },
    line(boardId: string, itemId: string, sessionId: string): StoredLine | undefined {
      const row = oneLine.get(boardId, itemId, sessionId);
      return row && lineOf(row);
    },
    isEmpty(boardId: string): boolean {
      return anyOfBoard.get({ board: boardId })?.found !== 1;
    },
    recordPurge(at: string, actor: string, sessions: PurgeRecord['sessions']): void {
      insertPurge.run(at, actor, JSON.stringify(sessions));
    },
    purges(): PurgeRecord[] {
      return purges.all().map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        sessions: JSON.parse(row.sessions_json) as PurgeRecord['sessions'],
      }));
    },
  };
}
