import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../electron/testing/fixtures.ts';

const START = join(import.meta.dirname, 'start.mjs');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((step) => step()));

/** Polls until `check` gives a value, or fails after `ms`. */
async function until<T>(check: () => T | undefined, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The stand-in browser opener is a shell script named as Linux names it.
if (process.platform !== 'linux') console.log('start.slow.test.ts: skipped, it stands in for xdg-open (Linux only)');

describe('npm start where the Electron binary is missing', () => {
  it.runIf(process.platform === 'linux')(
    'serves the app on 127.0.0.1, prints its URL and opens the browser',
    async () => {
      const dir = tempDir();
      cleanup.push(dir.remove);
      // No Electron binary; a PATH whose only browser opener records what it was asked to open.
      const noElectron = join(dir.path, 'no-electron');
      const bin = join(dir.path, 'bin');
      mkdirSync(noElectron);
      mkdirSync(bin);
      const opened = join(dir.path, 'opened.txt');
      writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\necho "$1" > '${opened}'\n`);
      chmodSync(join(bin, 'xdg-open'), 0o755);
      const start = spawn(
        process.execPath,
        [START, '--no-build', '--port', '0', '--data-dir', join(dir.path, 'data')],
        {
          env: { ...process.env, PATH: bin, ELECTRON_OVERRIDE_DIST_PATH: noElectron },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let printed = '';
      start.stdout.on('data', (chunk) => (printed += chunk));
      start.stderr.on('data', (chunk) => (printed += chunk));
      const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
      cleanup.push(() => start.kill('SIGKILL'));

      const url = await until(() => /running at (http:\/\/127\.0\.0\.1:\d+\/#code=\S+)/.exec(printed)?.[1], 'the URL');
      expect(printed).toMatch(/desktop app cannot start here .*opening it in a browser instead/);
      const { origin, hash } = new URL(url);
      // As the page does: the printed one-time code traded for the browser's session cookie.
      const traded = await fetch(`${origin}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: new URLSearchParams(hash.slice(1)).get('code') }),
      });
      expect(traded.status).toBe(204);
      const cookie = traded.headers.get('set-cookie')!.split(';')[0]!;
      const answer = await fetch(`${origin}/api/app.info`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ ok: true, value: { dataDir: join(dir.path, 'data') } });
      expect(
        await until(() => (existsSync(opened) ? readFileSync(opened, 'utf8').trim() : undefined), 'the browser'),
      ).toBe(url);

      start.kill('SIGTERM');
      expect(await exited).toBe(0);
      await expect(fetch(`${origin}/api/app.info`, { method: 'POST', body: '{}' })).rejects.toThrow();
    },
    120_000,
  );
});
