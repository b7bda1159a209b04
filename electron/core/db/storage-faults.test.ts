import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './lock.ts';
import { DatabaseOpenError, type Core } from '../index.ts';
import { call, startMiniCore } from '../../testing/miniCore.ts';
import { useTempDirs } from '../../testing/tempDirs.ts';
import { MINI_PACK } from '../../testing/fixtures.ts';

const dir = useTempDirs();
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.close()));

async function start(root: string): Promise<Core> {
  const core = await startMiniCore(root);
  cores.push(core);
  return core;
}

async function decide(core: Core, rationale: string) {
  const session = await call(core, 'sessions.create', {
    boardId: 'fixture-mini',
    title: rationale,
    date: '2026-09-30',
    facilitator: 'Anouk',
    language: 'en',
  });
  await call(core, 'outcomes.record', {
    sessionId: session.id,
    itemId: 'deploy_tool_choice',
    changes: { status: 'decided', chosenOption: 'argo_cd', rationale },
  });
  return session.id;
}

function rationalesIn(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT rationale FROM outcomes ORDER BY rationale').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** A process id that no running process has (as a process that has exited leaves its lock). */
function pidOfNoProcess(): number {
  for (let pid = 4_000_000; pid > 1; pid--) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
  throw new Error('every process id is taken');
}

describe('the database file deleted or replaced while the app runs', () => {
  it('refuses every write after the files were deleted, and keeps what was confirmed in a rescued copy', async () => {
    const root = dir();
    const core = await start(root);
    await decide(core, 'confirmed before');
    const database = join(root, 'data', 'boardwalk.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });

    const refused = await core.dispatch('sessions.create', {
      boardId: 'fixture-mini',
      title: 'after',
      date: '2026-09-30',
      facilitator: 'Anouk',
      language: 'en',
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('storage-lost');
    expect(refused.error.message).toContain(database);
    expect(refused.error.reason).toBe('storageLost');
    const rescuedTo = String(refused.error.params?.rescuedTo);
    expect(rescuedTo).toMatch(/boardwalk\.rescued-.*\.db$/);
    expect(rationalesIn(rescuedTo)).toEqual(['confirmed before']);

    // It stays refused, for every kind of write, and is never confirmed.
    const pack = readFileSync(join(MINI_PACK, 'board.yaml')).toString('base64');
    const again = await core.dispatch('boards.import', { files: [{ name: 'board.yaml', base64: pack }] });
    expect(again.ok ? 'ok' : again.error.code).toBe('storage-lost');
    const sessions = await call(core, 'sessions.list', {});
    const record = await core.dispatch('outcomes.record', {
      sessionId: sessions[0]!.id,
      itemId: 'deploy_tool_choice',
      changes: { rationale: 'never saved' },
    });
    expect(record.ok ? 'ok' : record.error.code).toBe('storage-lost');
  });

  it('announces the rescued copy at the next start: where it is and where it goes to be used', async () => {
    const root = dir();
    const core = await start(root);
    await decide(core, 'confirmed before');
    const database = join(root, 'data', 'boardwalk.db');
    expect((await call(core, 'app.info', {})).rescuedCopies).toEqual([]);
    for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
    await core.dispatch('sessions.create', {
      boardId: 'fixture-mini',
      title: 'after',
      date: '2026-09-30',
      facilitator: 'Anouk',
      language: 'en',
    });
    core.close();
    cores.pop();
    const next = await start(root);
    const info = await call(next, 'app.info', {});
    expect(info.database).toBe(database);
    expect(info.rescuedCopies).toHaveLength(1);
    expect(info.rescuedCopies[0]!.path).toMatch(/data\/boardwalk\.rescued-.*\.db$/);
    expect(Date.parse(info.rescuedCopies[0]!.rescuedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(rationalesIn(info.rescuedCopies[0]!.path)).toEqual(['confirmed before']);
  });

  it('refuses writes after the file was replaced by another one', async () => {
    const root = dir();
    const core = await start(root);
    await decide(core, 'first');
    const database = join(root, 'data', 'boardwalk.db');
    const other = join(root, 'other.db');
    new Database(other).close();
    renameSync(other, database);
    const result = await core.dispatch('sessions.create', {
      boardId: 'fixture-mini',
      title: 'into the replacement',
      date: '2026-09-30',
      facilitator: 'Anouk',
      language: 'en',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('storage-lost');
  });

  it('goes on as before while the file stays where it is', async () => {
    const root = dir();
    const core = await start(root);
    for (let n = 0; n < 5; n++) await decide(core, `decision ${n}`);
    core.close();
    cores.pop();
    expect(rationalesIn(join(root, 'data', 'boardwalk.db'))).toHaveLength(5);
  });
});

describe('one Boardwalk per data folder', () => {
  it('refuses a second core on the same folder, naming the process, and lets it in once the first closed', async () => {
    const root = dir();
    const first = await start(root);
    const error = await startMiniCore(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('in-use');
    expect((error as Error).message).toContain(`process ${process.pid}`);
    expect((error as Error).message).toContain(join(root, 'data'));
    first.close();
    cores.pop();
    const second = await start(root);
    expect(await call(second, 'sessions.list', {})).toEqual([]);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const root = dir();
    const stale = { pid: pidOfNoProcess(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', nonce: 'x' };
    (await start(root)).close();
    cores.pop();
    writeFileSync(join(root, 'data', LOCK_FILE), JSON.stringify(stale));
    const core = await start(root);
    expect(await call(core, 'sessions.list', {})).toEqual([]);
    core.close();
    cores.pop();
    expect(existsSync(join(root, 'data', LOCK_FILE))).toBe(false);
  });

  it('takes over a lock file that cannot be read', async () => {
    const root = dir();
    (await start(root)).close();
    cores.pop();
    writeFileSync(join(root, 'data', LOCK_FILE), '{half a lock');
    const core = await start(root);
    expect(await call(core, 'sessions.list', {})).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, 'data', LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});
