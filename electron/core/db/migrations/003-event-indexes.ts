export const name = 'event-indexes';

// Recording an outcome empties the redo stack and looks for the newest undoable change; without
// these, both read every event of the session, and a long session would slow down with every change.
export const sql = `
CREATE INDEX events_redoable ON events (session_id) WHERE redoable = 1;
CREATE INDEX events_by_session_type ON events (session_id, type, id);
`;
