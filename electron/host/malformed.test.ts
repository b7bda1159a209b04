import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core/index.ts';
import { startMiniCore } from '../testing/miniCore.ts';
import { tempDir } from '../testing/fixtures.ts';
import { listen, sendRaw, statusOf, type HostUnderTest } from '../testing/rawHttp.ts';

const TOKEN = 'malformed-corpus-token';
let dir: ReturnType<typeof tempDir>;
let core: Core;
let host: HostUnderTest;

beforeAll(async () => {
  dir = tempDir();
  core = await startMiniCore(dir.path);
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>app</title>');
  host = await listen({ dispatch: core.dispatch, token: TOKEN, rendererDir: dir.path, log: () => {} });
});
afterAll(async () => {
  await host.close();
  core.close();
  dir.remove();
});

function request(head: string, body = ''): string {
  return `${head}\r\n\r\n${body}`;
}

function get(path: string, headers = ''): string {
  return request(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}${headers}\r\nConnection: close`);
}

function post(method: string, body: string, headers = ''): string {
  return request(
    `POST /api/${method} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}${headers}\r\nConnection: close`,
    body,
  );
}

/** After each bad request: the page and the API still answer. */
async function expectHostAnswers(): Promise<void> {
  expect(statusOf(await sendRaw(host.port, get('/')))).toBe(200);
  const list = await sendRaw(host.port, post('boards.list', '{}'));
  expect(statusOf(list), list).toBe(200);
  expect(list).toContain('"ok":true');
}

const deep = '['.repeat(200_000) + ']'.repeat(200_000);

/** name, raw request, the statuses accepted as an answer (0: the connection was closed without one) */
const CORPUS: [string, () => string | Buffer, number[]][] = [
  ['a broken percent-escape in the path', () => get('/%ff'), [400]],
  ['a lone percent sign', () => get('/%'), [400]],
  ['an encoded NUL byte', () => get('/index.html%00.png'), [400]],
  ['an encoded path out of the folder', () => get('/..%2f..%2f..%2fetc%2fpasswd'), [200, 404]],
  ['a backslash path out of the folder', () => get('/..\\..\\etc\\passwd'), [200, 400, 404]],
  ['an overlong UTF-8 dot', () => get('/%c0%ae%c0%ae/etc/passwd'), [400]],
  ['a protocol-relative target', () => get('//%ff/x'), [400, 200]],
  ['an absolute-form target', () => get(`http://127.0.0.1:${host.port}/%ff`), [400]],
  ['an asterisk target', () => get('*'), [400, 200]],
  ['a path of 12 kB', () => get('/' + 'a'.repeat(12_000)), [200, 431]],
  ['a header section over 16 kB', () => get('/', `\r\nX-Big: ${'b'.repeat(20_000)}`), [431]],
  ['fifty headers', () => get('/', Array.from({ length: 50 }, (_, n) => `\r\nX-H${n}: v`).join('')), [200]],
  ['two hundred headers', () => get('/', Array.from({ length: 200 }, (_, n) => `\r\nX-H${n}: v`).join('')), [431]],
  ['no Host header', () => request('GET / HTTP/1.1\r\nConnection: close'), [400, 403]],
  ['a Host header with a NUL', () => request('GET / HTTP/1.1\r\nHost: 127.0.0.1\0:1\r\nConnection: close'), [400]],
  ['a header without a colon', () => get('/', '\r\nNot a header'), [400]],
  ['a space before the colon', () => get('/', '\r\nX-Bad : v'), [400]],
  ['a bare LF line ending', () => `GET / HTTP/1.1\nHost: 127.0.0.1:${host.port}\n\n`, [400, 200]],
  ['an unknown HTTP version', () => request(`GET / HTTP/9.9\r\nHost: 127.0.0.1:${host.port}`), [400, 505]],
  ['garbage instead of a request line', () => '\u0000\u0001\u0002 nonsense\r\n\r\n', [400]],
  ['binary noise', () => Buffer.from(Array.from({ length: 512 }, (_, n) => (n * 37) % 256)), [400]],
  [
    'an unknown method',
    () => request(`BREW / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close`),
    [400, 405],
  ],
  [
    'DELETE of the page',
    () => request(`DELETE / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close`),
    [405],
  ],
  ['GET on the API', () => get('/api/boards.list', `\r\nAuthorization: Bearer ${TOKEN}`), [405]],
  ['an API path with a broken escape', () => post('%ff', '{}'), [404]],
  ['a method name with a NUL', () => post('boards.list%00', '{}'), [404]],
  ['a body that is not JSON', () => post('boards.list', '{nope'), [400]],
  ['a body that is not UTF-8', () => post('boards.list', '\xff\xfe{}'), [400]],
  ['JSON nested 200,000 deep', () => post('sessions.create', deep), [400]],
  ['JSON of the wrong shape', () => post('sessions.create', '[1,2,3]'), [400]],
  ['a string where an object belongs', () => post('outcomes.record', '"x"'), [400]],
  ['null', () => post('sessions.create', 'null'), [400]],
  ['a prototype-polluting body', () => post('sessions.create', '{"__proto__":{"polluted":1},"constructor":{}}'), [400]],
  [
    'a Content-Length larger than the body',
    () => request(post('boards.list', '{}').split('\r\n\r\n')[0]!.replace('Content-Length: 2', 'Content-Length: 99')),
    [0, 400, 408],
  ],
  [
    'a Content-Length of 10 GB',
    () => post('boards.list', '{}').replace('Content-Length: 2', 'Content-Length: 10000000000'),
    [413],
  ],
  [
    'a negative Content-Length',
    () => post('boards.list', '{}').replace('Content-Length: 2', 'Content-Length: -1'),
    [400],
  ],
  [
    'two different Content-Lengths',
    () => post('boards.list', '{}').replace('Content-Length: 2', 'Content-Length: 2\r\nContent-Length: 3'),
    [400],
  ],
  [
    'broken chunked encoding',
    () =>
      request(
        `POST /api/boards.list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          'Transfer-Encoding: chunked\r\nConnection: close',
        'zz\r\n{}\r\n0\r\n\r\n',
      ),
    [400],
  ],
  ['chunked and a Content-Length together', () => post('boards.list', '{}', '\r\nTransfer-Encoding: chunked'), [400]],
  [
    'a token with control characters',
    () => post('boards.list', '{}').replace(`Bearer ${TOKEN}`, 'Bearer \x7f\x01'),
    [400, 401],
  ],
  ['an Origin that is not a URL', () => post('boards.list', '{}', '\r\nOrigin: %%%'), [403]],
  ['a huge Authorization header', () => post('boards.list', '{}').replace(TOKEN, 'x'.repeat(15_000)), [401, 431]],
];

describe('the host under malformed requests', () => {
  it.each(CORPUS)('answers %s and keeps answering', async (_name, bytes, accepted) => {
    const reply = await sendRaw(host.port, bytes());
    expect(accepted, reply.slice(0, 300)).toContain(statusOf(reply));
    expect(reply).not.toMatch(/at .*\.ts:\d+/);
    await expectHostAnswers();
  });

  it('answers a request split into one-byte writes', async () => {
    const { connect } = await import('node:net');
    const bytes = Buffer.from(get('/index.html'));
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(host.port, '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
      let at = 0;
      const next = () => (at < bytes.length ? socket.write(bytes.subarray(at, ++at), next) : undefined);
      next();
    });
    expect(statusOf(reply)).toBe(200);
  });

  it('survives a client that goes away in the middle of a request body', async () => {
    const { connect } = await import('node:net');
    await new Promise<void>((resolve) => {
      const socket = connect(host.port, '127.0.0.1', () => {
        socket.write(
          post('boards.import', '{"files":[' + '{"name":"a.yaml","base64":"QQ=="},'.repeat(50)).replace(
            /Content-Length: \d+/,
            'Content-Length: 100000',
          ),
        );
        socket.destroy();
        resolve();
      });
    });
    await expectHostAnswers();
  });
});
