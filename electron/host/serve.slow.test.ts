import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../core/db/index.ts';
import { tempDir } from '../testing/fixtures.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'boardwalk.mjs');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((remove) => remove()));

/** Starts the host and resolves with what it printed once it is listening, then stops it. */
function serveUntilListening(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start:\n${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('running at')) {
        clearTimeout(timer);
        child.once('exit', () => resolve(output));
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
  });
}

describe('boardwalk serve with a damaged database', () => {
  it('says what happened and offers the newest backup, then starts from it when asked', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const dataDir = join(dir.path, 'data');
    const store = await openStore({ path: join(dataDir, 'boardwalk.db'), backupsDir: join(dataDir, 'backups') });
    await store.rotateBackups();
    store.close();
    writeFileSync(join(dataDir, 'boardwalk.db'), 'not a database '.repeat(500));

    const refused = spawnSync(process.execPath, [bin, 'serve', '--port', '0', '--data-dir', dataDir], {
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The database was damaged .* moved to .*boardwalk\.db\.damaged-/);
    expect(refused.stderr).toMatch(/Start again with --restore-backup to use it/);

    const output = await serveUntilListening(['--data-dir', dataDir, '--restore-backup']);
    expect(output).toMatch(/Restored the backup taken at \d{4}-\d{2}-\d{2}T/);
    expect(output).toMatch(/running at http:\/\/127\.0\.0\.1:\d+\/#code=/);
  }, 60_000);
});
