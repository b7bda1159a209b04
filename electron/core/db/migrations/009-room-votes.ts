export const name = 'room-votes';

// The room votes from its own devices: how each session's room votes (named or anonymous), and
// the anonymous votes as counts per item and choice. No column here can hold a participant's name:
// named votes live in the outcome's votes like the facilitator's keyed-in ones.
export const up = `
CREATE TABLE room_settings (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  vote_mode TEXT NOT NULL CHECK (vote_mode IN ('named', 'anonymous'))
);

CREATE TABLE anonymous_vote_counts (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  choice TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (session_id, item_id, choice)
);
`;
