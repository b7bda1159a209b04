import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostServer, HOST_LIMITS } from './server.ts';
import { listen, sendRaw, statusOf, type HostUnderTest } from '../testing/rawHttp.ts';

const hosts: HostUnderTest[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function tightHost(limits: Parameters<typeof createHostServer>[0]['limits']): Promise<HostUnderTest> {
  const host = await listen({
    token: 't',
    rendererDir: '/nonexistent',
    dispatch: async () => ({ ok: true, value: null }),
    limits,
  });
  hosts.push(host);
  return host;
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Resolves with how long the server took to close the socket, or -1 when it stayed open past `withinMs`. */
function closedWithin(socket: Socket, withinMs: number): Promise<number> {
  const start = Date.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(-1), withinMs);
    socket.on('error', () => {});
    // An unread socket never sees the server's FIN: keep it flowing.
    socket.resume();
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - start);
    });
  });
}

describe('the host limits', () => {
  it('are not Node’s defaults', () => {
    const defaults = createServer();
    const host = createHostServer({
      token: 't',
      rendererDir: '/nonexistent',
      dispatch: async () => ({ ok: true, value: null }),
    });
    expect(host.requestTimeout).toBe(HOST_LIMITS.requestTimeoutMs);
    expect(host.requestTimeout).toBeLessThan(defaults.requestTimeout);
    expect(host.headersTimeout).toBe(HOST_LIMITS.headersTimeoutMs);
    expect(host.headersTimeout).toBeLessThan(defaults.headersTimeout);
    expect(host.maxHeadersCount).toBe(HOST_LIMITS.maxHeadersCount);
  });

  it('closes a connection that never finishes its headers', async () => {
    const host = await tightHost({ headersTimeoutMs: 300, requestTimeoutMs: 400, timeoutCheckMs: 100 });
    const socket = await openSocket(host.port);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Slow: `);
    const reply: string[] = [];
    socket.on('data', (chunk) => reply.push(chunk.toString()));
    expect(await closedWithin(socket, 5_000)).toBeGreaterThanOrEqual(0);
    expect(statusOf(reply.join(''))).toBe(408);
  });

  it('closes a connection whose body trickles in slower than the request timeout', async () => {
    const host = await tightHost({ headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckMs: 100 });
    const socket = await openSocket(host.port);
    socket.write(
      `POST /api/boards.list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer t\r\nContent-Length: 100\r\n\r\n{`,
    );
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    const closedAfter = await closedWithin(socket, 5_000);
    clearInterval(trickle);
    expect(closedAfter).toBeGreaterThanOrEqual(0);
  });

  it('closes an idle keep-alive connection', async () => {
    const host = await tightHost({ keepAliveTimeoutMs: 200 });
    const socket = await openSocket(host.port);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    expect(await closedWithin(socket, 3_000)).toBeGreaterThanOrEqual(0);
  });

  it('makes room beyond the cap by closing the oldest connection that waits, and answers the new one', async () => {
    const host = await tightHost({ maxConnections: 4 });
    const held = await Promise.all(Array.from({ length: 4 }, () => openSocket(host.port)));
    const oldestClosed = closedWithin(held[0]!, 2_000);
    const reply = await sendRaw(
      host.port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(reply)).toBe(503);
    expect(await oldestClosed).toBeGreaterThanOrEqual(0);
    held.forEach((socket) => socket.destroy());
  });
});
