import { chromium, expect, test } from '@playwright/test';
// Chromium's own History database, read from a copy: the browser's file, never the app's.
// eslint-disable-next-line walls/imports
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

let host: RunningHost;
const folders: string[] = [];
test.afterEach(async () => {
  await host?.stop();
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

/** Every URL a Chromium profile's History database holds, read from a copy (Chromium may still hold it). */
function urlsInHistory(profile: string): string[] {
  const history = join(profile, 'Default', 'History');
  const copy = join(mkdtempSync(join(tmpdir(), 'boardwalk-history-')), 'History');
  folders.push(join(copy, '..'));
  copyFileSync(history, copy);
  for (const suffix of ['-wal', '-journal'])
    if (existsSync(history + suffix)) copyFileSync(history + suffix, copy + suffix);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare('SELECT url FROM urls').pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('a persistent browser profile keeps nothing in its History that opens the app again', async () => {
  host = await startFreshHost();
  const printed = host.url;
  const profile = mkdtempSync(join(tmpdir(), 'boardwalk-profile-'));
  folders.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(printed);
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  // The code left the address bar, and the page works on its cookie, after a reload too.
  expect(page.url()).not.toContain('code=');
  await page.reload();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  await context.close();

  const urls = urlsInHistory(profile).filter((url) => url.startsWith(host.origin));
  expect(urls.length).toBeGreaterThan(0);
  // The launch token never reaches the browser; the code it kept is spent.
  expect(urls.filter((url) => url.includes(host.token))).toEqual([]);
  const codes = urls.flatMap((url) => [...url.matchAll(/code=([\w-]+)/g)].map((match) => match[1]!));
  expect(codes).toContain(new URL(printed).hash.slice('#code='.length));
  for (const code of codes) {
    const reused = await fetch(`${host.origin}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(reused.status).toBe(401);
  }
});
