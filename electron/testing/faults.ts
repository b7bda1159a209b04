import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

export interface LockHolder {
  child: ChildProcess;
  release(): Promise<void>;
}

/**
 * Another process holding SQLite's lock on the database, as a backup tool or an SQLite browser
 * would: `exclusive` keeps every other connection out; `write` holds the write lock only. With
 * `holdForMs` it lets go by itself (an opening in this process blocks its event loop while it waits).
 */
export function holdSqliteLock(
  path: string,
  kind: 'exclusive' | 'write' | 'begin-exclusive',
  holdForMs?: number,
): Promise<LockHolder> {
  const begin = {
    exclusive: "db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE');",
    write: "db.exec('BEGIN IMMEDIATE');",
    // What `sqlite3 boardwalk.db 'BEGIN EXCLUSIVE'` does while the app has the database open.
    'begin-exclusive': "db.exec('BEGIN EXCLUSIVE');",
  }[kind];
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    ${begin}
    const letGo = () => { db.exec('ROLLBACK'); db.close(); process.exit(0); };
    process.stdout.write('locked\\n');
    process.stdin.on('data', letGo);
    ${holdForMs === undefined ? '' : `setTimeout(letGo, ${holdForMs});`}`;
  const child = spawn(process.execPath, ['-e', script], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  // It may have let go by itself already: a write to its closed stdin is no failure.
  child.stdin!.on('error', () => {});
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
    child.stdout!.once('data', () =>
      resolve({
        child,
        release: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.stdin!.write('go\n');
          }),
      }),
    );
  });
}

/** Another user than this one: as root, `nobody`; otherwise this user, for whom chmod is enough. */
export interface OtherUser {
  uid?: number;
  gid?: number;
  /** Why read-only cases cannot be made here, when they cannot. */
  unavailable?: string;
}

export function unprivilegedUser(): OtherUser {
  if (process.getuid?.() !== 0) return {};
  const nobody = { uid: 65534, gid: 65534 };
  // The whole way: this Node, the repository and its modules must be readable by nobody.
  const probe = spawnSync(process.execPath, [join(REPO, 'bin', 'boardwalk.mjs'), '--help'], nobody);
  if (probe.status === 0) return nobody;
  return {
    unavailable: `running as root, and a process as nobody could not be started (${probe.error?.message ?? `exit ${probe.status}`})`,
  };
}

/** Lets the other user read (and enter) a folder or file created here, nothing more. */
export function readableByOthers(...paths: string[]): void {
  for (const path of paths) chmodSync(path, 0o755);
}
