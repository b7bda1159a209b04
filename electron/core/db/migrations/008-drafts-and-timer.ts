export const name = 'drafts-and-timer';

// What the facilitator enters is kept the moment it is entered, before it is recorded: one draft
// per item of a session, and the time box's clock while it runs, so a reload, a crashed tab or a
// restarted app picks up where the meeting was.
export const up = `
CREATE TABLE drafts (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  fields_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session_id, item_id)
);

CREATE TABLE running_timers (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  since_ms INTEGER NOT NULL
);
`;
