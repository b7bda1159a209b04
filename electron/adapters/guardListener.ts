import type { IncomingMessage, Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What one listener of the app allows. Every connection comes from this machine, so a slow or
 * silent client is another local process, and the address alone cannot tell it from the page.
 */
export interface ListenerLimits {
  /** From the connection (or the end of the previous answer) to the whole header received. */
  headersTimeoutMs: number;
  /** From the first byte to the whole request (headers and body) received. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  maxHeadersCount: number;
  /** Only settable when the server is made: pass `serverOptionsFor(limits)` to createServer. */
  maxHeaderBytes: number;
  /** Connections held at once, all addresses together. */
  maxConnections: number;
  /** Connections from one address that have not yet shown they are the app's own page. */
  maxConnectionsPerAddress: number;
  /** How often timeouts are checked. */
  timeoutCheckMs: number;
}

export const LISTENER_LIMITS: ListenerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxHeadersCount: 64,
  maxHeaderBytes: 16 * 1024,
  maxConnections: 128,
  maxConnectionsPerAddress: 32,
  timeoutCheckMs: 1_000,
};

export interface GuardOptions {
  /** True for a request from the app's own page (it carries its token or session): its connection keeps its place. */
  isOwnPage?: (request: IncomingMessage) => boolean;
}

interface Tracked {
  address: string;
  /** When it last started waiting for a request: opened, or the previous answer sent. */
  waitingSince: number;
  /** The request being answered, if any. */
  request?: IncomingMessage;
  requestSince: number;
  ownPage: boolean;
}

/** The options only createServer takes; the rest guardListener sets. */
export function serverOptionsFor(limits: ListenerLimits): ServerOptions {
  return {
    maxHeaderSize: limits.maxHeaderBytes,
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckMs,
  };
}

/** A request the HTTP parser could not read gets its 4xx and the connection is closed; nothing throws. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) return void socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Headers Too Large' : 'Bad Request'}\r\nConnection: close\r\n\r\n`);
}

function timeOut(socket: Socket): void {
  socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  socket.destroySoon();
}

/**
 * The protection every listener of the app gets: time limits on headers, requests and idle
 * connections, a cap in all and per address, and room kept for the app's own page. A connection
 * waiting for its request (silent, slow, idle) is what a full house gives up, oldest first and one
 * that never showed it is the page before one that did, so no number of slow sockets keeps the page out.
 */
export function guardListener(
  server: Server,
  limits: Partial<ListenerLimits> = {},
  options: GuardOptions = {},
): { readonly openCount: number } {
  const chosen = { ...LISTENER_LIMITS, ...limits };
  server.headersTimeout = chosen.headersTimeoutMs;
  server.requestTimeout = chosen.requestTimeoutMs;
  server.keepAliveTimeout = chosen.keepAliveTimeoutMs;
  server.maxHeadersCount = chosen.maxHeadersCount;
  server.on('clientError', answerClientError);
  // Insertion order is age: the first waiting connection found is the oldest.
  const open = new Map<Socket, Tracked>();

  /** The oldest connection that waits for a request, strangers before the page's own; undefined when all are answering. */
  function oldestWaiting(address?: string): Socket | undefined {
    let ownPage: Socket | undefined;
    for (const [socket, tracked] of open) {
      if (tracked.request || (address !== undefined && tracked.address !== address)) continue;
      if (!tracked.ownPage) return socket;
      ownPage ??= socket;
    }
    return ownPage;
  }

  /** Makes room by closing the oldest waiting connection; false when there is none to close. */
  function makeRoom(address?: string): boolean {
    const victim = oldestWaiting(address);
    if (!victim) return false;
    open.delete(victim);
    victim.destroy();
    return true;
  }

  const strangersFrom = (address: string) =>
    [...open.values()].filter((tracked) => tracked.address === address && !tracked.ownPage).length;

  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const full =
      (strangersFrom(address) >= chosen.maxConnectionsPerAddress && !makeRoom(address)) ||
      (open.size >= chosen.maxConnections && !makeRoom());
    if (full) return void socket.destroy();
    open.set(socket, { address, waitingSince: Date.now(), requestSince: 0, ownPage: false });
    socket.once('close', () => open.delete(socket));
  });

  server.on('request', (request: IncomingMessage, response) => {
    const tracked = open.get(request.socket);
    if (!tracked) return;
    tracked.request = request;
    tracked.requestSince = Date.now();
    if (options.isOwnPage?.(request)) tracked.ownPage = true;
    response.once('close', () => {
      tracked.request = undefined;
      tracked.waitingSince = Date.now();
    });
  });

  // Node checks its own timeouts too, but only as often as the server was made to: these hold for any server.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [socket, tracked] of open) {
      const slowHeaders = !tracked.request && now - tracked.waitingSince > chosen.headersTimeoutMs;
      const slowBody =
        tracked.request && !tracked.request.complete && now - tracked.requestSince > chosen.requestTimeoutMs;
      if (slowHeaders || slowBody) timeOut(socket);
    }
  }, chosen.timeoutCheckMs);
  sweep.unref();
  server.once('close', () => clearInterval(sweep));

  return {
    get openCount() {
      return open.size;
    },
  };
}
