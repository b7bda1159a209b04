import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { REPORT_DOWNLOAD_PATH } from '../../shared/api/methods.ts';
import {
  errorBody,
  rendererHeaders,
  rendererPathFor,
  type Dispatch,
  type LiveChannel,
  type ReportFileExport,
} from '../core/index.ts';
import { createLiveStreams, LIVE_PATH, refusal } from './live.ts';
import { sameToken } from './token.ts';

export interface HostOptions {
  dispatch: Dispatch;
  /** The report as a file, streamed at REPORT_DOWNLOAD_PATH; without it that path is not served. */
  reportFile?: ReportFileExport;
  /** What presenter tabs follow at `GET /live`; without it that path is not served. */
  live?: Pick<LiveChannel, 'subscribe' | 'current'>;
  token: string;
  rendererDir: string;
  /** Largest accepted request body; board packs and session files come in this way. */
  maxBodyBytes?: number;
  log?: (line: string) => void;
  /** Tighter limits for tests; the defaults are HOST_LIMITS. */
  limits?: Partial<HostLimits>;
}

/**
 * Limits for one local user: a browser opens six connections to a host, a few tabs a few dozen. A
 * client that sends its request slowly, or holds a connection open without sending, is cut off.
 */
export const HOST_LIMITS = {
  maxConnections: 48,
  /** From the first byte to the whole request (headers and body) received. */
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxHeadersCount: 64,
  maxHeaderBytes: 16 * 1024,
  maxBodyBytes: 64 * 1024 * 1024,
  /** How often Node looks for requests past their timeouts (its default is every 30 s). */
  timeoutCheckMs: 1_000,
};
export type HostLimits = typeof HOST_LIMITS;

const ERROR_STATUS: Record<string, number> = {
  'bad-request': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  'invalid-pack': 422,
  'read-only': 409,
  'wrong-token': 401,
  'storage-lost': 503,
  internal: 500,
};

function sendJson(response: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}) {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
  });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, status: number, error: ApiErrorBody, extraHeaders?: Record<string, string>) {
  sendJson(response, status, { ok: false, error }, extraHeaders);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  return sameToken(header?.startsWith('Bearer ') ? header.slice(7) : '', token);
}

/** Only this machine's own page may talk to the host: a foreign Host (DNS rebinding) or Origin is refused. */
function isLocalRequest(request: IncomingMessage, port: number): boolean {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || allowedHosts.has(origin.replace(/^http:\/\//, ''));
}

/** The body as text, or undefined when it is larger than `limit` (the rest is not read). */
async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function answerApi(request: IncomingMessage, response: ServerResponse, method: string, options: HostOptions) {
  if (request.method !== 'POST') return refuse(response, 405, refusal('use POST'));
  // Its own code, so a tab left open from before a restart can tell the user what happened.
  if (!tokenMatches(request.headers.authorization, options.token))
    return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
  const limit = options.maxBodyBytes ?? options.limits?.maxBodyBytes ?? HOST_LIMITS.maxBodyBytes;
  const body = await readBody(request, limit);
  // The unread rest of a refused body would be taken for the next request: close instead.
  if (body === undefined) {
    const megabytes = Math.round((limit / 1024 / 1024) * 10) / 10;
    return refuse(response, 413, errorBody('bad-request', 'requestTooLarge', { limit: megabytes }), {
      connection: 'close',
    });
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return refuse(response, 400, refusal('the body is not JSON'));
  }
  const result = await options.dispatch(method, input);
  sendJson(response, result.ok ? 200 : (ERROR_STATUS[result.error.code] ?? 400), result);
}

/** A header value naming the file: plain ASCII for old clients, the real name (RFC 5987) for the rest. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The report as a download: the same token and input as `POST /api/reports.export`, the bytes as the body. */
async function answerDownload(request: IncomingMessage, response: ServerResponse, options: HostOptions) {
  if (request.method !== 'POST') return refuse(response, 405, refusal('use POST'));
  if (!tokenMatches(request.headers.authorization, options.token))
    return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
  const body = await readBody(request, 64 * 1024);
  if (body === undefined) return refuse(response, 413, refusal('the request is too large'), { connection: 'close' });
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return refuse(response, 400, refusal('the body is not JSON'));
  }
  const result = await options.reportFile!(input);
  if (!result.ok) return sendJson(response, ERROR_STATUS[result.error.code] ?? 400, result);
  if (response.headersSent || response.destroyed) return;
  response.writeHead(200, {
    'content-type': result.value.mimeType,
    'content-length': String(result.value.bytes.length),
    'content-disposition': attachmentHeader(result.value.fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(result.value.bytes);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The built renderer; any path that is not a file is the app's page (it routes by itself). */
function serveStatic(request: IncomingMessage, response: ServerResponse, urlPath: string, rendererDir: string) {
  const wanted = rendererPathFor(rendererDir, urlPath);
  if (!wanted.ok) return refuse(response, wanted.status, refusal('bad path'));
  const target = isFile(wanted.file) ? wanted.file : join(rendererDir, 'index.html');
  if (!isFile(target)) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The app is not built yet: run `npm run serve` (it builds first).');
    return;
  }
  response.writeHead(200, rendererHeaders(target));
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(target);
  // A file removed between the check and the read ends this one response, not the host.
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

/** The URL path of a request; undefined when the request target cannot be a URL. */
function pathOf(request: IncomingMessage): string | undefined {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return undefined;
  }
}

type LiveStreams = ReturnType<typeof createLiveStreams>;

function handle(
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
  options: HostOptions,
  live: LiveStreams | undefined,
): void {
  if (!isLocalRequest(request, port)) return refuse(response, 403, refusal('foreign Host or Origin'));
  const path = pathOf(request);
  if (path === undefined) return refuse(response, 400, refusal('bad path'));
  if (path === LIVE_PATH && live) return live.answer(request, response);
  if (path === REPORT_DOWNLOAD_PATH && options.reportFile) {
    answerDownload(request, response, options).catch((error: Error) => {
      options.log?.(`Request ${path} failed: ${error.stack ?? error.message}`);
      sendJson(response, 500, { ok: false, error: errorBody('internal', 'internal') });
    });
    return;
  }
  if (path.startsWith('/api/')) {
    answerApi(request, response, path.slice(5), options).catch((error: Error) => {
      options.log?.(`Request ${path} failed: ${error.stack ?? error.message}`);
      sendJson(response, 500, { ok: false, error: errorBody('internal', 'internal') });
    });
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(response, 405, refusal('method not allowed'));
  serveStatic(request, response, path, options.rendererDir);
}

/** A request the HTTP parser could not read gets its 4xx and the connection is closed; nothing throws. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) return void socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Headers Too Large' : 'Bad Request'}\r\nConnection: close\r\n\r\n`);
}

/** The browser shell: the built renderer and `POST /api/<method>`, on loopback only. */
export function createHostServer(options: HostOptions): Server {
  const limits = { ...HOST_LIMITS, ...options.limits };
  let port = 0;
  const live =
    options.live &&
    createLiveStreams(options.live, options.token, (response, status, error) => refuse(response, status, error));
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderBytes,
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckMs,
    },
    (request, response) => {
      request.on('error', () => response.destroy());
      try {
        handle(request, response, port, options, live);
      } catch (error) {
        options.log?.(`Request ${request.url} failed: ${(error as Error).stack ?? String(error)}`);
        sendJson(response, 500, { ok: false, error: errorBody('internal', 'internal') });
      }
    },
  );
  server.on('listening', () => (port = (server.address() as { port: number }).port));
  server.on('clientError', answerClientError);
  server.maxConnections = limits.maxConnections;
  server.maxHeadersCount = limits.maxHeadersCount;
  return server;
}
