import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { REPORT_DOWNLOAD_PATH } from '../../shared/api/methods.ts';
import { guardListener, LISTENER_LIMITS, serverOptionsFor } from '../adapters/guardListener.ts';
import { readBody } from '../adapters/requestBody.ts';
import { rendererHeaders, rendererPathFor } from '../adapters/rendererFiles.ts';
import { errorBody, type Dispatch, type LiveChannel, type ReportFileExport } from '../core/index.ts';
import { createLiveStreams, LIVE_PATH, refusal } from './liveStream.ts';
import { createPageSessions, type PageSessions } from './pageSessions.ts';
import { sameToken } from './token.ts';

export interface HostOptions {
  dispatch: Dispatch;
  /** The report as a file, streamed at REPORT_DOWNLOAD_PATH; without it that path is not served. */
  reportFile?: ReportFileExport;
  /** What presenter tabs follow at `GET /live`; without it that path is not served. */
  live?: Pick<LiveChannel, 'subscribe' | 'current'>;
  /** The launch secret: as `Authorization: Bearer …` it opens the API to tests and scripts, and mints codes. */
  token: string;
  /** The page's one-time codes and session cookies; the host makes its own when not given. */
  sessions?: PageSessions;
  /** Told when a code was spent, so a fresh address can be printed for another browser. */
  onCodeSpent?: () => void;
  rendererDir: string;
  log?: (line: string) => void;
  /** Tighter limits for tests; the defaults are HOST_LIMITS. */
  limits?: Partial<HostLimits>;
}

/**
 * Limits for one local user: a browser opens six connections to a host, a few tabs a few dozen. A
 * client that sends its request slowly, or holds a connection open without sending, is cut off,
 * and gives up its place first when the page needs one (guardListener.ts).
 */
export const HOST_LIMITS = {
  ...LISTENER_LIMITS,
  maxBodyBytes: 64 * 1024 * 1024,
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
  'storage-unavailable': 503,
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

type Admits = (request: IncomingMessage) => boolean;

async function answerApi(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  options: HostOptions,
  admits: Admits,
) {
  if (request.method !== 'POST') return refuse(response, 405, refusal('use POST'));
  // Its own code, so a tab left open from before a restart can tell the user what happened.
  if (!admits(request)) return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
  const limit = options.limits?.maxBodyBytes ?? HOST_LIMITS.maxBodyBytes;
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
async function answerDownload(
  request: IncomingMessage,
  response: ServerResponse,
  options: HostOptions,
  admits: Admits,
) {
  if (request.method !== 'POST') return refuse(response, 405, refusal('use POST'));
  if (!admits(request)) return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
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

interface Context {
  port: number;
  options: HostOptions;
  live: LiveStreams | undefined;
  sessions: PageSessions;
  admits: Admits;
}

/** `POST /session` with `{ code }`: a one-time code traded for the page's session cookie, on 127.0.0.1 only. */
async function answerSession(request: IncomingMessage, response: ServerResponse, context: Context) {
  if (request.method !== 'POST') return refuse(response, 405, refusal('use POST'));
  if (request.headers.host !== `127.0.0.1:${context.port}`) return refuse(response, 403, refusal('use 127.0.0.1'));
  const body = await readBody(request, 1024);
  let code: unknown;
  try {
    code = (JSON.parse(body ?? '') as { code?: unknown }).code;
  } catch {
    return refuse(response, 400, refusal('the body is not JSON'));
  }
  const session = typeof code === 'string' ? context.sessions.exchange(code) : undefined;
  if (!session) return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
  context.options.onCodeSpent?.();
  response.writeHead(204, {
    'set-cookie': context.sessions.cookieFor(session, context.port),
    'cache-control': 'no-store',
  });
  response.end();
}

/** `POST /session/codes` with the launch token: fresh one-time codes for tests and scripts that open pages. */
async function answerCodes(request: IncomingMessage, response: ServerResponse, context: Context) {
  if (request.method !== 'POST') return refuse(response, 405, refusal('use POST'));
  if (!tokenMatches(request.headers.authorization, context.options.token))
    return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
  const count = Math.min(
    100,
    Math.max(1, Number(new URL(request.url ?? '/', 'http://x').searchParams.get('count')) || 1),
  );
  sendJson(response, 200, { ok: true, value: Array.from({ length: count }, () => context.sessions.newCode()) });
}

function handle(request: IncomingMessage, response: ServerResponse, context: Context): void {
  const { port, options, live } = context;
  if (!isLocalRequest(request, port)) return refuse(response, 403, refusal('foreign Host or Origin'));
  const path = pathOf(request);
  if (path === undefined) return refuse(response, 400, refusal('bad path'));
  if (path === LIVE_PATH && live) return live.answer(request, response);
  if (path === REPORT_DOWNLOAD_PATH && options.reportFile) {
    answerDownload(request, response, options, context.admits).catch((error: Error) => {
      options.log?.(`Request ${path} failed: ${error.stack ?? error.message}`);
      sendJson(response, 500, { ok: false, error: errorBody('internal', 'internal') });
    });
    return;
  }
  const answer = { '/session': answerSession, '/session/codes': answerCodes }[path];
  if (answer) {
    answer(request, response, context).catch(() => response.destroy());
    return;
  }
  if (path.startsWith('/api/')) {
    answerApi(request, response, path.slice(5), options, context.admits).catch((error: Error) => {
      options.log?.(`Request ${path} failed: ${error.stack ?? error.message}`);
      sendJson(response, 500, { ok: false, error: errorBody('internal', 'internal') });
    });
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(response, 405, refusal('method not allowed'));
  serveStatic(request, response, path, options.rendererDir);
}

/** The browser shell: the built renderer and `POST /api/<method>`, on loopback only. */
export function createHostServer(options: HostOptions): Server {
  const limits = { ...HOST_LIMITS, ...options.limits };
  const sessions = options.sessions ?? createPageSessions();
  const context: Context = {
    port: 0,
    options,
    sessions,
    live: undefined,
    // The page by its session cookie; tests and scripts by the launch token.
    admits: (request) =>
      sessions.admits(request, context.port) || tokenMatches(request.headers.authorization, options.token),
  };
  context.live =
    options.live &&
    createLiveStreams(options.live, context.admits, (response, status, error) => refuse(response, status, error));
  const server = createServer(serverOptionsFor(limits), (request, response) => {
    request.on('error', () => response.destroy());
    try {
      handle(request, response, context);
    } catch (error) {
      options.log?.(`Request ${request.url} failed: ${(error as Error).stack ?? String(error)}`);
      sendJson(response, 500, { ok: false, error: errorBody('internal', 'internal') });
    }
  });
  server.on('listening', () => (context.port = (server.address() as { port: number }).port));
  guardListener(server, limits, { isOwnPage: context.admits });
  return server;
}
