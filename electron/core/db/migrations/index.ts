import * as initial from './001-initial.ts';
import * as undoAndResume from './002-undo-and-resume.ts';
import * as eventIndexes from './003-event-indexes.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; the schema version of a database is the number of migrations applied to it. */
export const MIGRATIONS: Migration[] = [
  { version: 1, ...initial },
  { version: 2, ...undoAndResume },
  { version: 3, ...eventIndexes },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
