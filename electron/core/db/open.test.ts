import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/tempDirs.ts';
import { DatabaseOpenError } from './errors.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { openDatabase } from './open.ts';

const dir = useTempDirs();

describe('opening the database', () => {
  it('creates a new database at the latest schema, in WAL mode with full sync and foreign keys', async () => {
    const path = join(dir(), 'boardwalk.db');
    const db = await openDatabase({ path });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['board_versions', 'sessions', 'outcomes', 'events']));
    db.close();
  });

  it('opens an existing database again without migrating or losing rows', async () => {
    const path = join(dir(), 'boardwalk.db');
    const first = await openDatabase({ path });
    first.exec("INSERT INTO board_versions VALUES ('h', 'b', '1', '{}', '[]', 'shipped', 'now')");
    first.close();
    const second = await openDatabase({ path });
    expect(second.prepare('SELECT count(*) FROM board_versions').pluck().get()).toBe(1);
    second.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const path = join(dir(), 'boardwalk.db');
    const newer = new Database(path);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.exec('CREATE TABLE future (x)');
    newer.close();
    const error = await openDatabase({ path }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('newer-version');
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    after.close();
  });

  it('moves a damaged file aside instead of overwriting it', async () => {
    const folder = dir();
    const path = join(folder, 'boardwalk.db');
    const garbage = 'this is not an SQLite database '.repeat(200);
    writeFileSync(path, garbage);
    const error = await openDatabase({ path }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('damaged');
    expect(existsSync(path)).toBe(false);
    const aside = readdirSync(folder).find((name) => name.startsWith('boardwalk.db.damaged-'));
    expect(aside).toBeDefined();
  });
});
