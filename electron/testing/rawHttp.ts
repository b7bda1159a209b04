import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHostServer, type HostOptions } from '../host/server.ts';

export interface HostUnderTest {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function listen(options: HostOptions): Promise<HostUnderTest> {
  const server = createHostServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Sends raw bytes on a fresh connection and collects whatever comes back until the server closes it
 * (or `waitMs` passes): the HTTP parser's own refusals can only be seen this way.
 */
export function sendRaw(port: number, bytes: string | Buffer, waitMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(reply);
    }, waitMs);
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(reply);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') resolve(reply);
      else reject(error);
    });
    socket.write(bytes);
  });
}

/** The status code of the first response in raw HTTP bytes, or 0 when none came. */
export function statusOf(reply: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);
}
