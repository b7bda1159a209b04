import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readableByOthers, unprivilegedUser } from '../testing/faults.ts';
import { tempDir } from '../testing/fixtures.ts';
import { callHost, startServe, type ServeProcess } from '../testing/serveProcess.ts';
import { findChromium } from '../adapters/chromiumPrinter.ts';

const running: ServeProcess[] = [];
const cleanup: (() => void)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.kill()));
  cleanup.splice(0).forEach((undo) => undo());
});

const other = unprivilegedUser();
const chromium = findChromium();
const why = other.unavailable ?? (chromium ? undefined : 'no Chromium to export a PDF with');
if (why) console.log(`Shutdown on a read-only data folder not tested: ${why}.`);

/** Every process below `pid`, read from /proc (the export Chromium and its helpers). */
function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const parent = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (at: number) => (children.get(at) ?? []).forEach((child) => (found.push(child), walk(child)));
  walk(pid);
  return found;
}

async function allGone(pids: number[], withinMs: number): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let left = pids;
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    left = left.filter(
      (pid) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '),
    );
  }
  return left;
}

describe.skipIf(why)('stopping the host after its data folder became read-only', () => {
  it('exits cleanly, without a stack trace, and closes the export Chromium', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    readableByOthers(dir.path);
    const dataDir = join(dir.path, 'data');
    mkdirSync(dataDir);
    if (other.uid !== undefined) chownSync(dataDir, other.uid, other.gid!);
    const host = await startServe(dataDir, [], { uid: other.uid, gid: other.gid });
    running.push(host);
    const session = await callHost(host, 'sessions.create', {
      boardId: 'webshop-migration',
      title: 'Before the folder turned read-only',
      date: '2026-09-30',
      facilitator: 'Anouk',
      language: 'en',
    });
    const sessionId = (session.body.value as { id: string }).id;
    const pdf = await callHost(host, 'reports.export', { sessionId, format: 'pdf', language: 'en' });
    expect(pdf.status).toBe(200);
    const browser = descendantsOf(host.child.pid!);
    expect(browser.length).toBeGreaterThan(0);

    chmodSync(dataDir, 0o555);
    cleanup.unshift(() => chmodSync(dataDir, 0o755));
    expect(await host.stop()).toBe(0);
    expect(host.output()).not.toMatch(/^\s+at /m);
    expect(host.output()).toMatch(/lock file .* could not be removed \(EACCES\)/);
    expect(await allGone(browser, 10_000)).toEqual([]);
  }, 90_000);
});
