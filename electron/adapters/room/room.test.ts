import { connect, type Socket } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/methods.ts';
import type { PresenterState } from '../../../shared/live.ts';
import { ABSTAIN, type RoomStatus, type VoteMode } from '../../../shared/room.ts';
import type { Core } from '../../core/index.ts';
import { tempDir } from '../../testing/fixtures.ts';
import { call } from '../../testing/miniCore.ts';
import { listen, type HostUnderTest } from '../../testing/rawHttp.ts';
import { followRoom, joinRoom, roomCall, ROOM_TEST_ADDRESS, startRoomCore } from '../../testing/roomClient.ts';

const TOKEN = 'facilitator-token';
const ITEM = 'deploy_tool_choice';
const NOTE = 'SEEDED-NOTE-only-for-the-facilitator';
const RATIONALE = 'SEEDED-RATIONALE-only-for-the-facilitator';

let dir: ReturnType<typeof tempDir>;
let core: Core;
let host: HostUnderTest;
let sessionId: string;
const opened: { close(): void }[] = [];

function presenterState(itemId: string | null): PresenterState {
  return {
    sessionId,
    boardId: 'fixture-mini',
    boardHash: null,
    itemId,
    language: 'en',
    timer: null,
    status: 'open',
    votes: {},
    participants: [],
    progress: { total: 1, decided: 0, deferred: 0 },
  };
}

async function openRoom(mode: VoteMode = 'named'): Promise<RoomStatus & { port: number; code: string }> {
  const status = await call(core, 'room.open', { sessionId, address: ROOM_TEST_ADDRESS, mode });
  const port = Number(new URL(status.joinUrl!).port);
  return { ...status, port, code: status.code! };
}

async function participant(port: number, code: string, name: string, from: string) {
  const { credential } = await joinRoom({ port, from }, code, name);
  const stream = await followRoom({ port, from, credential });
  opened.push(stream);
  return { credential, stream, from };
}

beforeEach(async () => {
  dir = tempDir();
  ({ core } = await startRoomCore(dir.path));
  host = await listen({ dispatch: core.dispatch, live: core.live, token: TOKEN, rendererDir: dir.path });
  const session = await call(core, 'sessions.create', {
    boardId: 'fixture-mini',
    title: 'Room',
    date: '2026-12-07',
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'en',
  });
  sessionId = session.id;
  await call(core, 'outcomes.record', { sessionId, itemId: ITEM, changes: { notes: NOTE, rationale: RATIONALE } });
  await call(core, 'live.publish', presenterState(ITEM));
});

afterEach(async () => {
  opened.splice(0).forEach((stream) => stream.close());
  await call(core, 'room.close', {});
  await host.close();
  core.close();
  dir.remove();
});

describe('the room listener', () => {
  it('refuses a participant credential on every method of the facilitator API and on its live stream', async () => {
    const room = await openRoom();
    const { credential } = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    for (const method of API_METHODS) {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status, method).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code, method).toBe('wrong-token');
    }
    const live = await fetch(`http://127.0.0.1:${host.port}/live?token=${encodeURIComponent(credential)}`);
    expect(live.status).toBe(401);
    await live.body?.cancel();
  });

  it('serves only the participant page and its own files, and only under its own Host and Origin', async () => {
    const room = await openRoom();
    const page = await roomCall({ port: room.port }, 'GET', '/');
    expect(page.status).toBe(200);
    const raw = await fetch(`http://127.0.0.1:${room.port}/`);
    expect(raw.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    await raw.body?.cancel();
    expect((await roomCall({ port: room.port }, 'GET', '/assets/participant.js')).status).toBe(200);
    for (const path of ['/assets/app.js', '/index.html', '/api/boards.list', '/live', '/../index.html'])
      expect((await roomCall({ port: room.port }, 'GET', path)).status, path).toBe(404);
    expect((await roomCall({ port: room.port }, 'POST', '/api/boards.list', {})).status).toBe(400);
    expect((await roomCall({ port: room.port, host: `evil.example:${room.port}` }, 'GET', '/')).status).toBe(400);
    const foreign = { port: room.port, origin: 'http://evil.example' };
    expect((await roomCall(foreign, 'POST', '/join', { code: room.code, name: 'Eve' })).status).toBe(400);
  });

  it('never sends a participant the notes or rationale seeded into the session', async () => {
    const room = await openRoom();
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    await call(core, 'room.openVoting', { itemId: ITEM });
    await roomCall({ port: room.port, from: cees.from, credential: cees.credential }, 'POST', '/vote', {
      choice: 'flux',
    });
    await call(core, 'room.reveal', {});
    await cees.stream.next((view) => view.voting.phase === 'revealed');
    const page = await roomCall({ port: room.port }, 'GET', '/');
    for (const text of [cees.stream.raw(), JSON.stringify(page.body)]) {
      expect(text).not.toContain(NOTE);
      expect(text).not.toContain(RATIONALE);
      expect(text).not.toContain(TOKEN);
    }
    expect(cees.stream.raw()).toContain('Which deployment tool?');
  });

  it('lets participants vote and change their vote while open; the facilitator sees who, not what, until the reveal', async () => {
    const room = await openRoom('named');
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    const dirk = await participant(room.port, room.code, 'Dirk', '127.0.0.3');
    const vote = (who: typeof cees, choice: string) =>
      roomCall({ port: room.port, from: who.from, credential: who.credential }, 'POST', '/vote', { choice });
    expect((await vote(cees, 'flux')).status).toBe(409);
    await call(core, 'room.openVoting', { itemId: ITEM });
    await cees.stream.next((view) => view.voting.phase === 'open');
    expect((await vote(cees, 'flux')).status).toBe(200);
    expect((await vote(cees, 'argo_cd')).status).toBe(200);
    expect((await vote(dirk, ABSTAIN)).status).toBe(200);
    expect((await vote(dirk, 'no_such_option')).status).toBe(400);
    await call(core, 'outcomes.vote', { sessionId, itemId: ITEM, participant: 'Bram', optionId: 'argo_cd' });
    const status = await call(core, 'room.status', {});
    expect(status.voting).toMatchObject({ voted: 2, of: 2, tally: null });
    expect(status.voting.voters.sort()).toEqual(['Cees', 'Dirk']);
    expect(JSON.stringify(status)).not.toContain('argo_cd');
    await call(core, 'room.closeVoting', {});
    expect((await vote(cees, 'flux')).status).toBe(409);
    const revealed = await call(core, 'room.reveal', {});
    expect(revealed.voting.tally).toEqual({ argo_cd: 2, [ABSTAIN]: 1 });
    const view = await cees.stream.next((next) => next.voting.phase === 'revealed');
    expect(view.voting.tally).toEqual({ argo_cd: 2, [ABSTAIN]: 1 });
    const events = await call(core, 'events.list', { sessionId });
    const votes = events.filter((event) => event.type === 'outcome.voted').map((event) => event.actor);
    expect(votes).toEqual(['Cees', 'Cees', 'Dirk', 'Bram']);
    const session = await call(core, 'sessions.get', { sessionId });
    expect(session.participants).toEqual(['Bram', 'Cees', 'Dirk']);
  });

  it('follows the facilitator to the next item', async () => {
    const room = await openRoom();
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    await cees.stream.next((view) => view.item?.id === ITEM);
    await call(core, 'live.publish', presenterState(null));
    await cees.stream.next((view) => view.item === null);
    await call(core, 'live.publish', presenterState(ITEM));
    const back = await cees.stream.next((view) => view.item?.id === ITEM && cees.stream.views.indexOf(view) > 1);
    expect(back.item?.options.map((option) => option.id)).toEqual(['argo_cd', 'flux']);
  });

  it('closing the room ends every participant stream and refuses their next request', async () => {
    const room = await openRoom();
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    const dirk = await participant(room.port, room.code, 'Dirk', '127.0.0.3');
    await call(core, 'room.close', {});
    await Promise.all([cees.stream.ended, dirk.stream.ended]);
    for (const who of [cees, dirk]) expect(who.stream.views.at(-1)?.room).toBe('closed');
    await expect(
      roomCall({ port: room.port, credential: cees.credential }, 'POST', '/vote', { choice: 'flux' }),
    ).rejects.toThrow();
    const again = await openRoom();
    const refused = await roomCall({ port: again.port, credential: cees.credential }, 'POST', '/vote', {
      choice: 'flux',
    });
    expect(refused.status).toBe(401);
    expect(refused.body.reason).toBe('notJoined');
  });

  it('closing the session closes the room and stops its listener', async () => {
    const room = await openRoom();
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    await call(core, 'sessions.close', { sessionId });
    await cees.stream.ended;
    expect(cees.stream.views.at(-1)?.room).toBe('closed');
    expect((await call(core, 'room.status', {})).open).toBe(false);
    await expect(roomCall({ port: room.port }, 'GET', '/')).rejects.toThrow();
  });

  it('refuses a second device under a name already in the room', async () => {
    const room = await openRoom();
    await participant(room.port, room.code, 'Cees', '127.0.0.2');
    const twin = await roomCall({ port: room.port, from: '127.0.0.3' }, 'POST', '/join', {
      code: room.code,
      name: ' cees ',
    });
    expect(twin.status).toBe(409);
    expect(twin.body.reason).toBe('nameTaken');
  });

  it('refuses a body over the room limit without reading it', async () => {
    const room = await openRoom();
    const answer = await roomCall({ port: room.port, from: '127.0.0.7' }, 'POST', '/join', {
      code: room.code,
      name: 'x'.repeat(5_000),
    });
    expect(answer.status).toBe(400);
    expect((await call(core, 'room.status', {})).participants).toEqual([]);
  });

  it('removing one participant ends only their stream', async () => {
    const room = await openRoom();
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    const dirk = await participant(room.port, room.code, 'Dirk', '127.0.0.3');
    const status = await call(core, 'room.status', {});
    const ceesId = status.participants.find((entry) => entry.name === 'Cees')!.id;
    await call(core, 'room.remove', { participantId: ceesId });
    await cees.stream.ended;
    expect(cees.stream.views.at(-1)?.room).toBe('removed');
    const refused = await roomCall({ port: room.port, from: cees.from, credential: cees.credential }, 'POST', '/vote', {
      choice: 'flux',
    });
    expect(refused.status).toBe(401);
    await call(core, 'room.openVoting', { itemId: ITEM });
    const view = await dirk.stream.next((next) => next.voting.phase === 'open');
    expect(view.room).toBe('open');
    const voted = await roomCall({ port: room.port, from: dirk.from, credential: dirk.credential }, 'POST', '/vote', {
      choice: 'flux',
    });
    expect(voted.status).toBe(200);
  });

  it('refuses wrong room codes and slows an address down after repeated ones', async () => {
    const room = await openRoom();
    const wrong = room.code === '000000' ? '111111' : '000000';
    const from = { port: room.port, from: '127.0.0.5' };
    const answers = [];
    for (let attempt = 0; attempt < 4; attempt++)
      answers.push(await roomCall(from, 'POST', '/join', { code: wrong, name: 'Eve' }));
    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 429]);
    expect(answers[3]!.body.params?.seconds).toBeGreaterThan(0);
    // Even the right code waits its turn from that address; another address is not slowed down.
    expect((await roomCall(from, 'POST', '/join', { code: room.code, name: 'Eve' })).status).toBe(429);
    expect(
      (await roomCall({ port: room.port, from: '127.0.0.6' }, 'POST', '/join', { code: room.code, name: 'Fay' }))
        .status,
    ).toBe(200);
  });

  it('keeps answering participants and the facilitator while 60 idle or slow sockets hang on', async () => {
    const room = await openRoom();
    const cees = await participant(room.port, room.code, 'Cees', '127.0.0.2');
    const sockets: Socket[] = [];
    for (let index = 0; index < 60; index++) {
      const socket = connect({ host: ROOM_TEST_ADDRESS, port: room.port, localAddress: '127.0.0.9' });
      socket.on('error', () => {});
      // Half say nothing at all; half start a request and never finish it.
      if (index % 2 === 1) socket.write(`POST /join HTTP/1.1\r\nHost: 127.0.0.1:${room.port}\r\nContent-Le`);
      sockets.push(socket);
    }
    try {
      await Promise.all(
        sockets.map((socket) => new Promise((done) => socket.once('connect', done).once('close', done))),
      );
      await call(core, 'room.openVoting', { itemId: ITEM });
      const dirk = await participant(room.port, room.code, 'Dirk', '127.0.0.3');
      for (const who of [cees, dirk]) {
        const voted = await roomCall({ port: room.port, from: who.from, credential: who.credential }, 'POST', '/vote', {
          choice: 'flux',
        });
        expect(voted.status).toBe(200);
      }
      const status = await fetch(`http://127.0.0.1:${host.port}/api/room.status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
        body: '{}',
      });
      expect(((await status.json()) as { value: RoomStatus }).value.voting.voted).toBe(2);
    } finally {
      sockets.forEach((socket) => socket.destroy());
    }
  });

  it('in anonymous mode keeps only counts: no participant name in the database file or any export', async () => {
    const room = await openRoom('anonymous');
    const names = ['Zephyrine', 'Quintijn', 'Waldemara'];
    const people = [];
    for (const [index, name] of names.entries())
      people.push(await participant(room.port, room.code, name, `127.0.0.${index + 2}`));
    await call(core, 'room.openVoting', { itemId: ITEM });
    for (const [index, who] of people.entries()) {
      const choice = index === 2 ? ABSTAIN : 'flux';
      const answer = await roomCall({ port: room.port, from: who.from, credential: who.credential }, 'POST', '/vote', {
        choice,
      });
      expect(answer.status).toBe(200);
    }
    await roomCall({ port: room.port, from: people[0]!.from, credential: people[0]!.credential }, 'POST', '/vote', {
      choice: 'argo_cd',
    });
    const revealed = await call(core, 'room.reveal', {});
    expect(revealed.voting.tally).toEqual({ flux: 1, argo_cd: 1, [ABSTAIN]: 1 });
    const trail = await call(core, 'events.list', { sessionId });
    const counted = trail.filter((event) => event.type === 'room.counted');
    expect(counted.map((event) => event.actor)).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous']);
    const exports: string[] = [JSON.stringify(trail)];
    const sessionFile = await call(core, 'sessions.export', { sessionId });
    exports.push(Buffer.from(sessionFile.base64, 'base64').toString('utf8'));
    for (const format of ['pdf', 'html', 'json', 'csv', 'md'] as const) {
      const file = await call(core, 'reports.export', { sessionId, language: 'en', format });
      exports.push(Buffer.from(file.base64, 'base64').toString('latin1'));
    }
    await call(core, 'room.close', {});
    core.close();
    const dataDir = join(dir.path, 'data');
    for (const file of readdirSync(dataDir).filter((name) => name.startsWith('boardwalk.db')))
      exports.push(readFileSync(join(dataDir, file)).toString('latin1'));
    for (const text of exports) for (const name of names) expect(text).not.toContain(name);
    ({ core } = await startRoomCore(dir.path));
  });
});
