import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { createHostServer } from './server.ts';
import { tempDir } from '../testing/fixtures.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
