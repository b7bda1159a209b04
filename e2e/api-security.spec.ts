import { expect, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { startFreshHost, type RunningHost } from './host.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

interface Reply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string } };
}

/** Plain HTTP, so the test can send any Host or Origin header a hostile page or rebinding DNS would. */
function post(method: string, body: unknown, headers: Record<string, string>): Promise<Reply> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

const newSession = {
  boardId: 'webshop-migration',
  title: 'Intruder',
  date: '2026-11-23',
  facilitator: 'Mallory',
  language: 'en',
};

test('API calls without the token, or from a foreign Origin or Host, are refused and change nothing', async () => {
  host = await startFreshHost();
  const auth = { authorization: `Bearer ${host.token}` };

  const noToken = await post('sessions.create', newSession, {});
  expect(noToken.status).toBe(401);
  const wrongToken = await post('sessions.create', newSession, { authorization: 'Bearer nope' });
  expect(wrongToken.status).toBe(401);
  const foreignOrigin = await post('sessions.create', newSession, { ...auth, origin: 'http://evil.example.com' });
  expect(foreignOrigin.status).toBe(403);
  const foreignHost = await post('sessions.create', newSession, { ...auth, host: 'evil.example.com' });
  expect(foreignHost.status).toBe(403);

  const sessions = await post('sessions.list', {}, auth);
  expect(sessions.status).toBe(200);
  expect(sessions.body.value).toEqual([]);

  const allowed = await post('sessions.create', newSession, { ...auth, origin: host.origin });
  expect(allowed.status).toBe(200);
  const after = await post('sessions.list', {}, auth);
  expect((after.body.value as unknown[]).length).toBe(1);
});

test('bad input gets a typed error, not a stack trace', async () => {
  host = await startFreshHost();
  const auth = { authorization: `Bearer ${host.token}` };
  const reply = await post('outcomes.record', { sessionId: 'not-a-uuid', itemId: '', changes: {} }, auth);
  expect(reply.status).toBe(400);
  expect(reply.body.error?.code).toBe('bad-request');
  expect(JSON.stringify(reply.body)).not.toMatch(/at .*\.ts:\d+/);
  const unknown = await post('nothing.here', {}, auth);
  expect(unknown.status).toBe(404);
  expect(unknown.body.error?.code).toBe('unknown-method');
});

test('the app page is served with a policy that loads nothing from the network', async ({ page }) => {
  host = await startFreshHost();
  await page.goto(host.url);
  const csp = (await page.request.get(host.origin + '/')).headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https?:/);
});
