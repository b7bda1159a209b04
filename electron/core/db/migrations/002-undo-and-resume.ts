export const name = 'undo-and-resume';

export const sql = `
ALTER TABLE events ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN redoable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN ref_event_id INTEGER REFERENCES events (id);
CREATE INDEX events_by_session_item ON events (session_id, item_id, id);
ALTER TABLE sessions ADD COLUMN last_item_id TEXT;
`;
