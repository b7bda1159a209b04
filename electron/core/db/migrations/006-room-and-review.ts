export const name = 'room-and-review';

// What a meeting adds to its record: the minutes spent on each item and where a carried-over
// outcome came from; settings a session keeps (agenda order, decision-tree context, export
// options); and each board version's kept graph layout, so a board opened again paints at once.
export const up = `
ALTER TABLE outcomes ADD COLUMN time_spent_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outcomes ADD COLUMN carried_from_json TEXT;

CREATE TABLE session_settings (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session_id, key)
);

CREATE TABLE board_layouts (
  board_hash TEXT NOT NULL REFERENCES board_versions (hash) ON DELETE CASCADE,
  scope TEXT NOT NULL,
  layout_json TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  PRIMARY KEY (board_hash, scope)
);
`;
