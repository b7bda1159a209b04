import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/csp.ts';
import type { Dispatch } from '../core/index.ts';

export interface HostOptions {
  dispatch: Dispatch;
  token: string;
  rendererDir: string;
  /** Largest accepted request body; board packs and session files come in this way. */
  maxBodyBytes?: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const ERROR_STATUS: Record<string, number> = {
  'bad-request': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  'invalid-pack': 422,
  'read-only': 409,
  internal: 500,
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Only this machine's own page may talk to the host: a foreign Host (DNS rebinding) or Origin is refused. */
function isLocalRequest(request: IncomingMessage, port: number): boolean {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || allowedHosts.has(origin.replace(/^http:\/\//, ''));
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
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
  if (request.method !== 'POST')
    return sendJson(response, 405, { ok: false, error: { code: 'bad-request', message: 'Use POST' } });
  if (!tokenMatches(request.headers.authorization, options.token))
    return sendJson(response, 401, { ok: false, error: { code: 'bad-request', message: 'Missing or wrong token' } });
  const body = await readBody(request, options.maxBodyBytes ?? 64 * 1024 * 1024);
  if (body === undefined)
    return sendJson(response, 413, { ok: false, error: { code: 'bad-request', message: 'Request too large' } });
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendJson(response, 400, { ok: false, error: { code: 'bad-request', message: 'The body is not JSON' } });
  }
  const result = await options.dispatch(method, input);
  sendJson(response, result.ok ? 200 : (ERROR_STATUS[result.error.code] ?? 400), result);
}

function serveStatic(urlPath: string, response: ServerResponse, rendererDir: string): void {
  const root = resolve(rendererDir);
  const wanted = urlPath === '/' ? '/index.html' : decodeURIComponent(urlPath);
  const file = normalize(join(root, wanted));
  const target =
    file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
  if (!existsSync(target)) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The app is not built yet: run `npm run serve` (it builds first).');
    return;
  }
  response.writeHead(200, {
    'content-type': MIME[extname(target)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  createReadStream(target).pipe(response);
}

/** The browser shell: the built renderer and `POST /api/<method>`, on loopback only. */
export function createHostServer(options: HostOptions): Server {
  const server = createServer((request, response) => {
    const port = (server.address() as { port: number }).port;
    if (!isLocalRequest(request, port)) {
      sendJson(response, 403, { ok: false, error: { code: 'bad-request', message: 'Foreign Host or Origin refused' } });
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      answerApi(request, response, url.pathname.slice(5), options).catch(() => {
        if (!response.headersSent)
          sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Request failed' } });
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { ok: false, error: { code: 'bad-request', message: 'Method not allowed' } });
      return;
    }
    serveStatic(url.pathname, response, options.rendererDir);
  });
  return server;
}
