export const name = 'migration-records';

// Which migrations a database has, by id and name: start-up checks them against the files, so a
// database from a diverging build is refused instead of silently half-migrated.
export const up = `
CREATE TABLE schema_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
`;
