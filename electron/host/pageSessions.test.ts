import { afterEach, describe, expect, it } from 'vitest';
import { listen, sendRaw, statusOf, type HostUnderTest } from '../testing/rawHttp.ts';
import { cookieName, createPageSessions, type PageSessions } from './pageSessions.ts';

const hosts: HostUnderTest[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function host(sessions: PageSessions): Promise<HostUnderTest> {
  const running = await listen({
    token: 'launch-secret',
    sessions,
    rendererDir: '/nonexistent',
    dispatch: async () => ({ ok: true, value: 'answered' }),
  });
  hosts.push(running);
  return running;
}

const exchange = (running: HostUnderTest, code: string) =>
  fetch(`http://127.0.0.1:${running.port}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });

const callWith = (running: HostUnderTest, headers: Record<string, string>) =>
  fetch(`http://127.0.0.1:${running.port}/api/app.info`, { method: 'POST', headers, body: '{}' });

describe('the page’s one-time code and session cookie', () => {
  it('trades a code once for an HttpOnly, SameSite=Strict cookie of this host, which opens the API', async () => {
    const sessions = createPageSessions();
    const running = await host(sessions);
    const code = sessions.newCode();
    const traded = await exchange(running, code);
    expect(traded.status).toBe(204);
    const cookie = traded.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^${cookieName(running.port)}=[\\w-]{32}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(cookie).not.toMatch(/Domain|Expires|Max-Age/i);
    const pair = cookie.split(';')[0]!;
    expect((await callWith(running, { cookie: pair })).status).toBe(200);

    // Spent: the code in the browser's history opens nothing.
    expect((await exchange(running, code)).status).toBe(401);
    expect((await exchange(running, 'made-up')).status).toBe(401);
    expect((await callWith(running, {})).status).toBe(401);
    expect((await callWith(running, { cookie: `${cookieName(running.port)}=made-up` })).status).toBe(401);
    // The launch token still opens the API for scripts and tests.
    expect((await callWith(running, { authorization: 'Bearer launch-secret' })).status).toBe(200);
  });

  it('trades codes only on 127.0.0.1, where the cookie is bound', async () => {
    const sessions = createPageSessions();
    const running = await host(sessions);
    const body = JSON.stringify({ code: sessions.newCode() });
    const reply = await sendRaw(
      running.port,
      `POST /session HTTP/1.1\r\nHost: localhost:${running.port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(statusOf(reply)).toBe(403);
    expect(reply).not.toMatch(/set-cookie/i);
  });

  it('forgets every code and session when the host restarts', async () => {
    const before = createPageSessions();
    const first = await host(before);
    const cookie = (await exchange(first, before.newCode())).headers.get('set-cookie')!.split(';')[0]!;
    const unused = before.newCode();
    await first.close();
    hosts.pop();
    const restarted = await host(createPageSessions());
    const sameName = cookie.replace(cookieName(first.port), cookieName(restarted.port));
    expect((await callWith(restarted, { cookie: sameName })).status).toBe(401);
    expect((await exchange(restarted, unused)).status).toBe(401);
  });

  it('mints codes for whoever holds the launch token, and for nobody else', async () => {
    const running = await host(createPageSessions());
    const mint = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${running.port}/session/codes?count=3`, { method: 'POST', headers });
    expect((await mint({})).status).toBe(401);
    const minted = (await (await mint({ authorization: 'Bearer launch-secret' })).json()) as { value: string[] };
    expect(minted.value).toHaveLength(3);
    expect((await exchange(running, minted.value[0]!)).status).toBe(204);
  });
});
