import type { Db } from '../open.ts';
import * as initial from './001-initial.ts';
import * as undoAndResume from './002-undo-and-resume.ts';
import * as eventIndexes from './003-event-indexes.ts';
import * as migrationRecords from './004-migration-records.ts';
import * as canonicalBoardHashes from './005-canonical-board-hashes.ts';
import * as roomAndReview from './006-room-and-review.ts';
import * as decisionRegister from './007-decision-register.ts';
import * as draftsAndTimer from './008-drafts-and-timer.ts';
import * as roomVotes from './009-room-votes.ts';
import * as sessionSummary from './010-session-summary.ts';

export interface Migration {
  id: number;
  name: string;
  /** SQL to run, or a function for a change SQL alone cannot make. */
  up: string | ((db: Db) => void);
}

/**
 * In ascending order of id; the schema version of a database is the id of the last migration
 * applied to it. Ids are handed out per change, so a branch may hold a later id before an earlier
 * one lands (008 before 007): the runner goes by id, not by position.
 */
export const MIGRATIONS: Migration[] = [
  { id: 1, name: initial.name, up: initial.sql },
  { id: 2, name: undoAndResume.name, up: undoAndResume.sql },
  { id: 3, name: eventIndexes.name, up: eventIndexes.sql },
  { id: 4, ...migrationRecords },
  { id: 5, ...canonicalBoardHashes },
  { id: 6, ...roomAndReview },
  { id: 7, ...decisionRegister },
  { id: 8, ...draftsAndTimer },
  { id: 9, ...roomVotes },
  { id: 10, ...sessionSummary },
];

/** The id of the newest migration: a database's `user_version` after it ran. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.id ?? 0;
