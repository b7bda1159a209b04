import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardListener } from './guardListener.ts';
import { listen, statusOf, type HostUnderTest } from '../testing/rawHttp.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', () => {});
    socket.once('error', reject);
  });
}

/** Sixty connections from this process: a third silent, a third sending headers slowly, a third idle after an answer. */
async function holdSlowSockets(port: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let n = 0; n < 60; n++) {
    const socket = await openSocket(port);
    sockets.push(socket);
    if (n % 3 === 1) socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    if (n % 3 === 2) socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  }
  const trickle = setInterval(() => sockets.forEach((socket, n) => n % 3 === 1 && socket.write('a')), 200);
  cleanup.push(() => {
    clearInterval(trickle);
    sockets.forEach((socket) => socket.destroy());
  });
  return sockets;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

async function host(): Promise<HostUnderTest> {
  const running = await listen({
    token: 'page-token',
    rendererDir: '/nonexistent',
    dispatch: async () => ({ ok: true, value: 'answered' }),
    limits: { maxConnections: 48, maxConnectionsPerAddress: 16 },
  });
  cleanup.push(() => running.close());
  return running;
}

function post(port: number, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { authorization: 'Bearer page-token', 'content-type': 'application/json' },
        agent: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end('{}');
  });
}

describe('a guarded listener under slow and idle sockets from one process', () => {
  it('still answers the page while 60 slow or idle sockets are held open', async () => {
    const running = await host();
    await holdSlowSockets(running.port);
    const answers = await Promise.all([
      get(running.port, '/'),
      get(running.port, '/assets/app.js'),
      post(running.port, 'boards.list'),
      post(running.port, 'app.info'),
    ]);
    expect(answers).toEqual([503, 503, 200, 200]);
  });

  it('keeps the page’s own connections when strangers crowd in', async () => {
    const running = await host();
    // The page's connection: it proved itself with its token and now waits for its next request.
    const page = await openSocket(running.port);
    const pageReplies: string[] = [];
    page.on('data', (chunk) => pageReplies.push(chunk.toString()));
    const ask = `POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\nAuthorization: Bearer page-token\r\nContent-Length: 2\r\n\r\n{}`;
    page.write(ask);
    await expect.poll(() => pageReplies.join('')).toContain('answered');
    await holdSlowSockets(running.port);
    pageReplies.length = 0;
    page.write(ask);
    await expect.poll(() => statusOf(pageReplies.join(''))).toBe(200);
    page.destroy();
  });

  it('gives any server the time limits, whatever it was made with', async () => {
    // Made without options: Node would check its timeouts only every 30 s.
    const server: Server = createServer((_, response) => response.end('ok'));
    guardListener(server, { headersTimeoutMs: 300, timeoutCheckMs: 100 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    const port = (server.address() as { port: number }).port;
    const silent = await openSocket(port);
    const replies: string[] = [];
    silent.on('data', (chunk) => replies.push(chunk.toString()));
    const closed = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    silent.resume();
    await closed;
    expect(statusOf(replies.join(''))).toBe(408);
    expect(await get(port, '/')).toBe(200);
  });
});
