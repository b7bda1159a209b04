export const name = 'decision-register';

// A decision outlives its session: each board keeps one register of its decisions, numbered once
// and for ever (by board id, across versions), with one history line per session that touched an
// item. The register keeps no reference to sessions, so a purged session's history stays. An
// outcome says when the room confirmed it unchanged. The new audit events (outcome.confirmed,
// session.setting-saved, session.resumed) need no schema change: `events.type` takes any type the
// shared union knows. Emptying the trash leaves a record here, without the sessions' content.
export const up = `
ALTER TABLE outcomes ADD COLUMN confirmed_at TEXT;

CREATE TABLE register_entries (
  board_id TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  item_id TEXT NOT NULL,
  option_id TEXT,
  session_id TEXT NOT NULL,
  session_title TEXT NOT NULL,
  session_date TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  supersedes INTEGER,
  superseded_by INTEGER,
  withdrawn_in TEXT,
  PRIMARY KEY (board_id, number)
);
CREATE INDEX register_entries_by_item ON register_entries (board_id, item_id, number);

CREATE TABLE register_lines (
  board_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  session_title TEXT NOT NULL,
  session_date TEXT NOT NULL,
  kind TEXT NOT NULL
    CHECK (kind IN ('decided', 'confirmed', 'changed', 'reversed', 'deferred', 'escalated', 'reopened', 'withdrawn')),
  status TEXT NOT NULL,
  option_id TEXT,
  previous_option_id TEXT,
  changes_json TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (board_id, item_id, session_id)
);

CREATE TABLE purge_records (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  sessions_json TEXT NOT NULL
);
`;
