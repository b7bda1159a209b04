import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/tempDirs.ts';
import { DatabaseOpenError } from './errors.ts';
import { openDatabase } from './open.ts';
import { holdSqliteLock } from '../../testing/faults.ts';

const dir = useTempDirs();

async function healthyDatabase(folder: string): Promise<string> {
  const path = join(folder, 'boardwalk.db');
  const db = await openDatabase({ path });
  db.exec("INSERT INTO board_versions VALUES ('h', 'b', '1', '{}', '[]', 'shipped', 'now')");
  db.close();
  return path;
}

function rowsIn(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM board_versions').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a database locked by another process at start-up', () => {
  for (const kind of ['exclusive', 'write'] as const) {
    it(`(${kind} lock) waits, then says it is locked, and moves nothing`, async () => {
      const folder = dir();
      const path = await healthyDatabase(folder);
      const before = readFileSync(path);
      const holder = await holdSqliteLock(path, kind);
      const started = Date.now();
      const error = await openDatabase({ path, busyTimeoutMs: 400 }).catch((caught: unknown) => caught);
      const waited = Date.now() - started;
      await holder.release();
      expect(error).toBeInstanceOf(DatabaseOpenError);
      expect((error as DatabaseOpenError).reason).toBe('locked');
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(/locked by another program/);
      expect(waited).toBeGreaterThanOrEqual(350);
      expect(readdirSync(folder).filter((name) => name.includes('damaged'))).toEqual([]);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(rowsIn(path)).toBe(1);
    });
  }

  it('opens once the other process lets go within the busy timeout', async () => {
    const path = await healthyDatabase(dir());
    const holder = await holdSqliteLock(path, 'exclusive', 300);
    const db = await openDatabase({ path, busyTimeoutMs: 10_000 });
    await holder.release();
    expect(db.prepare('SELECT count(*) FROM board_versions').pluck().get()).toBe(1);
    db.close();
  });
});
