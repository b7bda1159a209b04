export const name = 'session-summary';

// The facilitator's written summary of a session, the story on page 1 of its report. Empty for
// sessions held before it existed.
export const up = `
ALTER TABLE sessions ADD COLUMN summary TEXT NOT NULL DEFAULT '';
`;
