import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, restoreNewestBackup } from '../index.ts';
import { call, startMiniCore } from '../../testing/miniCore.ts';
import { useTempDirs } from '../../testing/tempDirs.ts';
import { listBackups, rotateBackups, BACKUPS_KEPT } from './backups.ts';
import { openDatabase } from './open.ts';

const dir = useTempDirs();

describe('backups', () => {
  it('are taken at most once an hour and the last ten are kept', async () => {
    const root = dir();
    const db = await openDatabase({ path: join(root, 'boardwalk.db') });
    const backups = join(root, 'backups');
    const start = Date.parse('2026-11-23T08:00:00.000Z');
    expect(await rotateBackups(db, backups, new Date(start))).toBeDefined();
    expect(await rotateBackups(db, backups, new Date(start + 59 * 60_000))).toBeUndefined();
    for (let hour = 1; hour <= 12; hour++) await rotateBackups(db, backups, new Date(start + hour * 3_600_000));
    const kept = listBackups(backups);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]!.takenAt).toBe('2026-11-23T20:00:00.000Z');
    expect(kept.at(-1)!.takenAt).toBe('2026-11-23T11:00:00.000Z');
    db.close();
  });

  it('bring the app back after the database was damaged: set aside, offered, and restored', async () => {
    const root = dir();
    const dataDir = join(root, 'data');
    const core = await startMiniCore(root, dataDir);
    const session = await call(core, 'sessions.create', {
      boardId: 'fixture-mini',
      title: 'Before the crash',
      date: '2026-11-23',
      facilitator: 'Anouk',
      language: 'en',
    });
    core.close();
    // The backup taken at start-up holds an empty database; take one that holds the session.
    const { openStore } = await import('./index.ts');
    const store = await openStore({ path: join(dataDir, 'boardwalk.db'), backupsDir: join(dataDir, 'backups') });
    await store.rotateBackups(new Date(Date.now() + 2 * 3_600_000));
    store.close();

    writeFileSync(join(dataDir, 'boardwalk.db'), 'garbage '.repeat(1000));
    const error = await startMiniCore(root, dataDir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const details = (error as DatabaseOpenError).details;
    expect(details.movedTo).toMatch(/boardwalk\.db\.damaged-/);
    expect(existsSync(String(details.movedTo))).toBe(true);
    expect(details.newestBackup).toMatch(/backups\/auto-.*\.db$/);

    restoreNewestBackup(dataDir);
    const recovered = await startMiniCore(root, dataDir);
    try {
      expect((await call(recovered, 'sessions.list', {})).map((s) => s.id)).toEqual([session.id]);
    } finally {
      recovered.close();
    }
    expect(readdirSync(dataDir).filter((name) => name.includes('.damaged-'))).toHaveLength(1);
  });

  it('never restore over a database that is still there', async () => {
    const root = dir();
    const dataDir = join(root, 'data');
    (await startMiniCore(root, dataDir)).close();
    expect(() => restoreNewestBackup(dataDir)).toThrow(/Not restoring over the existing database/);
  });
});
