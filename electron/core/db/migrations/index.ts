import type { Db } from '../open.ts';
import * as initial from './001-initial.ts';
import * as undoAndResume from './002-undo-and-resume.ts';
import * as eventIndexes from './003-event-indexes.ts';
import * as migrationRecords from './004-migration-records.ts';
import * as canonicalBoardHashes from './005-canonical-board-hashes.ts';
import * as roomAndReview from './006-room-and-review.ts';
import * as sessionSummary from './010-session-summary.ts';

export interface Migration {
  id: number;
  name: string;
  /** SQL to run, or a function for a change SQL alone cannot make. */
  up: string | ((db: Db) => void);
}

/** In order; the schema version of a database is the number of migrations applied to it. */
export const MIGRATIONS: Migration[] = [
  { id: 1, name: initial.name, up: initial.sql },
  { id: 2, name: undoAndResume.name, up: undoAndResume.sql },
  { id: 3, name: eventIndexes.name, up: eventIndexes.sql },
  { id: 4, ...migrationRecords },
  { id: 5, ...canonicalBoardHashes },
  { id: 6, ...roomAndReview },
  { id: 10, ...sessionSummary },
];

/** The id of the newest migration (ids are numbered per branch of work, so one may be skipped until all are in). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.id;
