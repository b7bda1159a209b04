import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresenterState } from '../../shared/live.ts';
import { createLiveChannel, type LiveChannel } from '../core/presenterChannel.ts';
import { listen, type HostUnderTest } from '../testing/rawHttp.ts';
import { tempDir } from '../testing/fixtures.ts';
import { cookieName, createPageSessions, type PageSessions } from './pageSessions.ts';

const TOKEN = 'live-token';
let host: HostUnderTest;
let live: LiveChannel;
let dir: ReturnType<typeof tempDir>;
let sessions: PageSessions;

/** The cookie a page gets for its one-time code: what lets a presenter tab follow. */
function cookie(): string {
  return `${cookieName(host.port)}=${sessions.exchange(sessions.newCode())}`;
}

function state(itemId: string): PresenterState {
  return {
    sessionId: null,
    boardId: 'board',
    boardHash: 'hash',
    itemId,
    language: 'en',
    timer: { allottedSeconds: 300, spentSeconds: 12, running: true },
    status: 'open',
    votes: {},
    participants: [],
    progress: { total: 3, decided: 1, deferred: 0 },
  };
}

beforeEach(async () => {
  dir = tempDir();
  live = createLiveChannel();
  sessions = createPageSessions();
  host = await listen({
    token: TOKEN,
    sessions,
    rendererDir: dir.path,
    live,
    dispatch: async () => ({ ok: true, value: null }),
  });
});
afterEach(async () => {
  await host.close();
  dir.remove();
});

interface Stream {
  status: number;
  headers: IncomingMessage['headers'];
  /** Resolves with the next event's data once it arrives. */
  next(): Promise<unknown>;
  text(): string;
  close(): void;
}

/** Opens `path` with GET and reads what arrives, event by event. */
function open(path: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | undefined = undefined;
    req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let buffer = '';
      let waiting: ((data: unknown) => void) | null = null;
      const events: unknown[] = [];
      const take = () => {
        if (waiting && events.length > 0) {
          const deliver = waiting;
          waiting = null;
          deliver(events.shift());
        }
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)));
        }
        take();
      });
      let all = '';
      res.on('data', (chunk: string) => (all += chunk));
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        next: () =>
          new Promise((deliver) => {
            waiting = deliver;
            take();
          }),
        text: () => all,
        close: () => req?.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('the presenter event stream', () => {
  it('sends the current state first, then every state published, as Server-Sent Events', async () => {
    live.publish(state('first'));
    const stream = await open('/live', { cookie: cookie() });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect(stream.headers['cache-control']).toBe('no-store');
    expect(await stream.next()).toMatchObject({ itemId: 'first' });
    live.publish(state('second'));
    expect(await stream.next()).toMatchObject({ itemId: 'second', timer: { running: true } });
    stream.close();
  });

  it('refuses a missing or unknown cookie, and the token in its URL, with the code a stale tab recognizes, and a foreign origin', async () => {
    const refusals: [string, Record<string, string>][] = [
      ['/live', {}],
      ['/live', { cookie: `${cookieName(host.port)}=made-up` }],
      // The stream no longer takes the launch token in its URL, where the browser's history would keep it.
      [`/live?token=${TOKEN}`, {}],
    ];
    for (const [path, headers] of refusals) {
      const refused = await open(path, headers);
      await until(() => refused.text().length > 0);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.text())).toMatchObject({ ok: false, error: { code: 'wrong-token' } });
    }
    const foreign = await open('/live', { cookie: cookie(), origin: 'http://evil.example.com' });
    expect(foreign.status).toBe(403);
  });

  it('answers an API call with the wrong token with the same code', async () => {
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/boards.list',
          method: 'POST',
          headers: { authorization: 'Bearer old' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).error.code).toBe('wrong-token');
  });

  it('stops following when the client goes away, and keeps to its number of streams', async () => {
    const streams = await Promise.all(Array.from({ length: 8 }, () => open('/live', { cookie: cookie() })));
    expect(streams.map((stream) => stream.status)).toEqual(Array(8).fill(200));
    const extra = await open('/live', { cookie: cookie() });
    expect(extra.status).toBe(503);
    streams.forEach((stream) => stream.close());
    // Once they are gone, a new one is welcome again.
    let again: Stream | undefined;
    for (let tries = 0; tries < 50; tries++) {
      again = await open('/live', { cookie: cookie() });
      if (again.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(again!.status).toBe(200);
    again!.close();
  });

  it('keeps a stream open past the request and keep-alive timeouts, which guard requests, not answers', async () => {
    await host.close();
    host = await listen({
      token: TOKEN,
      sessions,
      rendererDir: dir.path,
      live,
      dispatch: async () => ({ ok: true, value: null }),
      limits: { requestTimeoutMs: 300, headersTimeoutMs: 200, keepAliveTimeoutMs: 200, timeoutCheckMs: 50 },
    });
    const stream = await open('/live', { cookie: cookie() });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    live.publish(state('later'));
    expect(await stream.next()).toMatchObject({ itemId: 'later' });
    stream.close();
  });

  it('takes only GET', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/live', method: 'POST', headers: { cookie: cookie() } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(reply).toBe(405);
  });
});
