import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { createHostServer } from './server.ts';
import { tempDir } from '../testing/fixtures.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0x0a]);
let server: Server;
let port: number;
let calls: { method: string; input: unknown }[];
let dir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  calls = [];
  dir = tempDir();
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>app</title>');
  server = createHostServer({
    token: 'secret-token',
    rendererDir: dir.path,
    reportFile: async (input) => {
      calls.push({ method: 'report file', input });
      if ((input as { sessionId?: string }).sessionId === 'missing')
        return { ok: false, error: { code: 'not-found', reason: 'sessionNotFound', message: 'no such session' } };
      return {
        ok: true,
        value: { fileName: '2027-01-15-überblick-nl.pdf', mimeType: 'application/pdf', bytes: PDF_BYTES },
      };
    },
    dispatch: async (method, input) => {
      calls.push({ method, input });
      return { ok: true, value: 'done' };
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  dir.remove();
});

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = { authorization: 'Bearer secret-token' };

describe('the report download', () => {
  it('streams the file itself, named in its Content-Disposition, not base64 inside JSON', async () => {
    const reply = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/download/report', method: 'POST', headers: auth },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ sessionId: 'a', language: 'nl' }));
      },
    );
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="2027-01-15-_berblick-nl.pdf"; filename*=UTF-8''2027-01-15-%C3%BCberblick-nl.pdf`,
    );
    expect([...reply.body]).toEqual([...PDF_BYTES]);
    expect(calls).toEqual([{ method: 'report file', input: { sessionId: 'a', language: 'nl' } }]);
  });

  it('answers a refused export as the API does, and refuses a wrong token or method first', async () => {
    const missing = await send('/download/report', { headers: auth, body: '{"sessionId":"missing"}' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await send('/download/report', { body: '{}' })).status).toBe(401);
    expect((await send('/download/report', { method: 'GET', headers: auth })).status).toBe(405);
    expect(calls.map((call) => call.input)).toEqual([{ sessionId: 'missing' }]);
  });
});

describe('the browser host', () => {
  it('passes an authorized call to dispatch', async () => {
    const reply = await send('/api/boards.list', { headers: auth, body: '{"a":1}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([{ method: 'boards.list', input: { a: 1 } }]);
  });

  it('refuses calls without the right token, from foreign origins or hosts, before dispatch', async () => {
    const refused = [
      await send('/api/boards.list', { body: '{}' }),
      await send('/api/boards.list', { headers: { authorization: 'Bearer secret-tokex' }, body: '{}' }),
      await send('/api/boards.list', { headers: { ...auth, origin: 'http://attacker.test' }, body: '{}' }),
      await send('/api/boards.list', { headers: { ...auth, host: `attacker.test:${port}` }, body: '{}' }),
      await send('/api/boards.list', { headers: { ...auth, origin: `http://127.0.0.1:${port + 1}` }, body: '{}' }),
    ];
    expect(refused.map((reply) => reply.status)).toEqual([401, 401, 403, 403, 403]);
    expect(calls).toEqual([]);
  });

  it('answers a body that is not JSON with 400', async () => {
    const reply = await send('/api/boards.list', { headers: auth, body: '{nope' });
    expect(reply.status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('serves the app with a strict content security policy and never a file outside it', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await send('/..%2f..%2f..%2fetc%2fpasswd', { method: 'GET' });
    expect(escape.body).not.toContain('root:');
  });
});
