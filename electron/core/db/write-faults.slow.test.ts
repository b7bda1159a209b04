import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../index.ts';
import { holdSqliteLock } from '../../testing/faults.ts';
import { miniResources } from '../../testing/miniCore.ts';
import { useTempDirs } from '../../testing/tempDirs.ts';
import { storageFaultReason } from './writeFaults.ts';

const dir = useTempDirs();
const cores: Core[] = [];
const unmounts: string[] = [];
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
  unmounts.splice(0).forEach((mountPoint) => spawnSync('umount', [mountPoint]));
});

const BUSY_TIMEOUT_MS = 600;

async function start(root: string, dataDir: string, logged: string[]): Promise<Core> {
  const core = await createCore({
    dataDir,
    resourcesDir: miniResources(root),
    renderPdf: async () => new Uint8Array(),
    log: (line) => logged.push(line),
    busyTimeoutMs: BUSY_TIMEOUT_MS,
  });
  cores.push(core);
  return core;
}

async function newSession(core: Core): Promise<string> {
  const result = await core.dispatch('sessions.create', {
    boardId: 'fixture-mini',
    title: 'Faults',
    date: '2026-09-30',
    facilitator: 'Anouk',
    language: 'en',
  });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: string }).id;
}

const record = (core: Core, sessionId: string, rationale: string) =>
  core.dispatch('outcomes.record', { sessionId, itemId: 'deploy_tool_choice', changes: { rationale } });

/** Every rationale the audit trail of the database holds, read by another connection. */
function storedRationales(path: string): Set<string> {
  const db = new Database(path, { readonly: true });
  try {
    const afters = db.prepare("SELECT after_json FROM events WHERE type = 'outcome.recorded'").pluck().all();
    return new Set(afters.map((after) => (JSON.parse(after as string) as { rationale: string }).rationale));
  } finally {
    db.close();
  }
}

describe('a database locked by another program while the app runs', () => {
  for (const kind of ['begin-exclusive', 'write'] as const) {
    it(`(${kind} lock) waits the busy timeout, then says it is locked, logged once`, async () => {
      const root = dir();
      const logged: string[] = [];
      const core = await start(root, join(root, 'data'), logged);
      const sessionId = await newSession(core);
      const database = join(root, 'data', 'boardwalk.db');
      const holder = await holdSqliteLock(database, kind);
      const started = Date.now();
      const refused = await record(core, sessionId, 'while locked');
      const waited = Date.now() - started;
      const again = await record(core, sessionId, 'still locked');
      await holder.release();
      expect(refused.ok ? 'ok' : refused.error).toMatchObject({ code: 'storage-unavailable', reason: 'storageLocked' });
      expect(refused.ok || refused.error.message).toMatch(/Another program is holding the database .* locked/);
      expect(again.ok ? 'ok' : again.error.reason).toBe('storageLocked');
      expect(waited).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 50);
      expect(logged.filter((line) => line.includes('SQLITE_BUSY'))).toHaveLength(1);
      expect(logged.filter((line) => /\n\s+at /.test(line))).toEqual([]);
      expect((await record(core, sessionId, 'after')).ok).toBe(true);
      expect([...storedRationales(database)]).toEqual(['after']);
    });
  }

  it('saves once the other program lets go within the busy timeout', async () => {
    const root = dir();
    const core = await start(root, join(root, 'data'), []);
    const sessionId = await newSession(core);
    const holder = await holdSqliteLock(join(root, 'data', 'boardwalk.db'), 'write', 200);
    const result = await record(core, sessionId, 'waited for');
    await holder.release();
    expect(result.ok ? 'ok' : result.error.message).toBe('ok');
  });
});

/** A small tmpfs as the data folder, where this machine lets us mount one (as root). */
function smallDisk(root: string): string | undefined {
  const mountPoint = join(root, 'small-disk');
  mkdirSync(mountPoint);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    console.log(
      `Full disk test skipped: cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()}).`,
    );
    return undefined;
  }
  unmounts.push(mountPoint);
  return mountPoint;
}

describe('a full disk while the app runs', () => {
  it('says the disk is full, logged once, and confirms nothing it did not store', async (context) => {
    const root = dir();
    const disk = smallDisk(root);
    if (!disk) return context.skip();
    const logged: string[] = [];
    const dataDir = join(disk, 'data');
    const core = await start(root, dataDir, logged);
    const sessionId = await newSession(core);
    const acknowledged: string[] = [];
    const refusals: string[] = [];
    for (let n = 0; refusals.length < 20 && n < 2_000; n++) {
      const rationale = `${n} `.padEnd(19_000, 'x');
      const result = await record(core, sessionId, rationale);
      if (result.ok) acknowledged.push(rationale);
      else refusals.push(`${result.error.reason}: ${result.error.message}`);
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refusals).toHaveLength(20);
    for (const refusal of refusals) expect(refusal).toMatch(/^storageFull: The disk holding .*data is full/);
    expect(logged.filter((line) => line.includes('SQLITE_FULL'))).toHaveLength(1);
    core.close();
    cores.pop();
    const stored = storedRationales(join(dataDir, 'boardwalk.db'));
    expect(acknowledged.filter((rationale) => !stored.has(rationale))).toEqual([]);
  }, 60_000);
});

describe('what counts as a storage fault', () => {
  it('tells a lock, a full disk and a read-only file apart from the app’s own failures', () => {
    const reasons = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL', 'SQLITE_READONLY_DBMOVED', 'EROFS', 'SQLITE_ERROR'];
    expect(reasons.map((code) => storageFaultReason({ code }))).toEqual([
      'storageLocked',
      'storageLocked',
      'storageFull',
      'storageReadOnly',
      'storageReadOnly',
      undefined,
    ]);
  });
});
