import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/fixtures.ts';
import { sendRaw, statusOf } from '../testing/rawHttp.ts';
import { callHost, startServe, type ServeProcess } from '../testing/serveProcess.ts';

const running: ServeProcess[] = [];
const dirs: (() => void)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.kill()));
  dirs.splice(0).forEach((remove) => remove());
});

describe('the host process', () => {
  it('answers GET /%ff with 400 and keeps running (a page on another origin could send it as an image)', async () => {
    const dir = tempDir();
    dirs.push(dir.remove);
    const host = await startServe(dir.path);
    running.push(host);
    const port = Number(new URL(host.origin).port);
    for (const path of ['/%ff', '/%', '/x%00y', '/%c0%ae%c0%ae/'])
      expect(
        statusOf(await sendRaw(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)),
        path,
      ).toBe(400);
    expect(host.child.exitCode).toBeNull();
    const boards = await callHost(host, 'boards.list', {});
    expect(boards.status).toBe(200);
  });
});
