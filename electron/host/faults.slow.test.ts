import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../core/db/lock.ts';
import { holdSqliteLock, readableByOthers, unprivilegedUser } from '../testing/faults.ts';
import { tempDir } from '../testing/fixtures.ts';
import { callHost, runBoardwalk, startServe, type ServeProcess } from '../testing/serveProcess.ts';

const running: ServeProcess[] = [];
const dirs: (() => void)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.kill()));
  dirs.splice(0).forEach((remove) => remove());
});

function freshRoot(): string {
  const dir = tempDir();
  dirs.push(dir.remove);
  return dir.path;
}

async function serve(dataDir: string): Promise<ServeProcess> {
  const host = await startServe(dataDir);
  running.push(host);
  return host;
}

/** A data folder with a healthy database in it, made by a host that then stopped. */
async function healthyDataDir(root: string): Promise<string> {
  const dataDir = join(root, 'data');
  const host = await serve(dataDir);
  const created = await callHost(host, 'sessions.create', {
    boardId: 'webshop-migration',
    title: 'Kept',
    date: '2026-09-30',
    facilitator: 'Anouk',
    language: 'en',
  });
  expect(created.status).toBe(200);
  expect(await host.stop()).toBe(0);
  running.pop();
  return dataDir;
}

function expectOneClearLine(stderr: string, ...mentions: string[]): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  for (const mention of mentions) expect(stderr).toContain(mention);
}

const other = unprivilegedUser();
if (other.unavailable) console.log(`Read-only data folder tests skipped: ${other.unavailable}.`);

/** Makes `path` read-only for the user the host runs as: `nobody` when we are root, else us. */
function readOnlyFor(path: string): void {
  if (other.uid === undefined) chmodSync(path, 0o555);
  else readableByOthers(path);
}

describe.skipIf(other.unavailable)('boardwalk serve on a read-only data folder or file', () => {
  const asOther = { uid: other.uid, gid: other.gid };
  afterEach(() => undefined);

  it('names the folder when the data folder cannot be written, and creates nothing', () => {
    const root = freshRoot();
    readableByOthers(root);
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    readOnlyFor(dataDir);
    const result = runBoardwalk(['serve', '--port', '0', '--data-dir', dataDir], asOther);
    chmodSync(dataDir, 0o755);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr, dataDir, 'cannot write');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('names the folder and moves nothing when a healthy database is in a read-only folder', async () => {
    const root = freshRoot();
    const dataDir = await healthyDataDir(root);
    readableByOthers(root);
    const database = join(dataDir, 'boardwalk.db');
    readableByOthers(database);
    const before = readFileSync(database);
    readOnlyFor(dataDir);
    const result = runBoardwalk(['serve', '--port', '0', '--data-dir', dataDir], asOther);
    chmodSync(dataDir, 0o755);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr, dataDir);
    expect(readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
    expect(readFileSync(database).equals(before)).toBe(true);
  });

  it('names the file when the database file is read-only, and moves nothing', async () => {
    const root = freshRoot();
    const dataDir = await healthyDataDir(root);
    readableByOthers(root);
    const database = join(dataDir, 'boardwalk.db');
    if (other.uid === undefined) chmodSync(database, 0o444);
    else {
      chownSync(dataDir, other.uid, other.gid!);
      chmodSync(database, 0o644);
    }
    const result = runBoardwalk(['serve', '--port', '0', '--data-dir', dataDir], asOther);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr, database, 'read-only');
    expect(existsSync(database)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});

describe('boardwalk serve and other processes on its data folder', () => {
  it('waits for a database locked by another program, then says so and moves nothing', async () => {
    const dataDir = await healthyDataDir(freshRoot());
    const database = join(dataDir, 'boardwalk.db');
    const holder = await holdSqliteLock(database, 'exclusive');
    const started = Date.now();
    const result = runBoardwalk(['serve', '--port', '0', '--data-dir', dataDir]);
    const waited = Date.now() - started;
    await holder.release();
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr, database, 'locked by another program');
    expect(waited).toBeGreaterThanOrEqual(4_500);
    expect(readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
    const host = await serve(dataDir);
    const sessions = await callHost(host, 'sessions.list', {});
    expect((sessions.body.value as { title: string }[]).map((session) => session.title)).toEqual(['Kept']);
  });

  it('refuses a second host on the same folder, and starts after the first was killed', async () => {
    const dataDir = join(freshRoot(), 'data');
    const first = await serve(dataDir);
    const second = runBoardwalk(['serve', '--port', '0', '--data-dir', dataDir]);
    expect(second.status).toBe(1);
    expectOneClearLine(second.stderr, `process ${first.child.pid}`, dataDir);
    await first.kill();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    const third = await serve(dataDir);
    expect((await callHost(third, 'sessions.list', {})).status).toBe(200);
  });

  it('refuses writes over HTTP once its database files were deleted, and rescues what it had', async () => {
    const dataDir = join(freshRoot(), 'data');
    const host = await serve(dataDir);
    const input = {
      boardId: 'webshop-migration',
      title: 'Before',
      date: '2026-09-30',
      facilitator: 'Anouk',
      language: 'en',
    };
    expect((await callHost(host, 'sessions.create', input)).status).toBe(200);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, 'boardwalk.db' + suffix), { force: true });
    const refused = await callHost(host, 'sessions.create', { ...input, title: 'After' });
    expect(refused.status).toBe(503);
    expect(refused.body.error?.code).toBe('storage-lost');
    expect(refused.body.error?.message).toContain(join(dataDir, 'boardwalk.db'));
    const rescued = readdirSync(dataDir).find((name) => name.startsWith('boardwalk.rescued-'));
    expect(rescued).toBeDefined();

    // The next start says where the copy is and how to go on from it.
    await host.kill();
    const next = await serve(dataDir);
    await expect.poll(() => next.output()).toContain(`copied to ${join(dataDir, rescued!)}`);
    expect(next.output()).toContain(`put it in place of ${join(dataDir, 'boardwalk.db')}`);
    const info = await callHost(next, 'app.info', {});
    expect((info.body.value as { rescuedCopies: { path: string }[] }).rescuedCopies.map((copy) => copy.path)).toEqual([
      join(dataDir, rescued!),
    ]);
  });
});
