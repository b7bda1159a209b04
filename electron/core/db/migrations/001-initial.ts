export const name = 'initial';

export const sql = `
CREATE TABLE board_versions (
  hash TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  version TEXT NOT NULL,
  board_json TEXT NOT NULL,
  warnings_json TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('shipped', 'imported')),
  stored_at TEXT NOT NULL
);
CREATE INDEX board_versions_by_board ON board_versions (board_id, stored_at);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  board_hash TEXT NOT NULL REFERENCES board_versions (hash),
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  facilitator TEXT NOT NULL,
  participants_json TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
  created_at TEXT NOT NULL,
  closed_at TEXT,
  deleted_at TEXT,
  previous_session_id TEXT REFERENCES sessions (id)
);

CREATE TABLE outcomes (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'decided', 'deferred', 'escalated', 'not-applicable')),
  chosen_option TEXT,
  rationale TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT,
  review_date TEXT,
  checklist_json TEXT NOT NULL,
  votes_json TEXT NOT NULL,
  notes TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session_id, item_id)
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  type TEXT NOT NULL,
  item_id TEXT,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX events_by_session ON events (session_id, id);
`;
