/**
 * The room voting from 50 devices: 50 simulated participants (HTTP and event-stream clients, each
 * from its own loopback address, all to 127.0.0.1) follow the facilitator over 10 items and vote
 * on each. Measured: the facilitator's move to each participant's stream, and each vote to the
 * facilitator's tally (the facilitator asking `room.status` over HTTP every 50 ms; the screen
 * itself asks every 500 ms, which adds up to that much on the facilitator's screen). Checked: no vote lost or counted twice. Host memory before and after.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PresenterState } from '../../shared/live.ts';
import { createCore } from '../../electron/core/index.ts';
import { createHostServer } from '../../electron/host/server.ts';
import { createRoomListener } from '../../electron/adapters/room/listener.ts';
import {
  followRoom,
  joinRoom,
  roomCall,
  ROOM_TEST_ADDRESS,
  type FollowedStream,
} from '../../electron/testing/roomHttp.ts';
import { hostApiOf, ms, percentile, RESOURCES_DIR } from './helpers.ts';

export const title = 'the room voting: 50 participants, 10 items (move and vote latency, no vote lost)';

const PARTICIPANTS = 50;
const ITEMS = 10;
const TARGET_MS = 1_000;
/** The bench's facilitator asks for the tally this often (the screen itself: every 500 ms). */
const POLL_MS = 50;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const [p50, p95] = [50, 95].map((p) => percentile(sorted, p)!);
  return (
    `${label.padEnd(34)} n ${String(sorted.length).padStart(4)}  p50 ${ms(p50!).padStart(10)}  ` +
    `p95 ${ms(p95!).padStart(10)}  max ${ms(sorted.at(-1)!).padStart(10)}  p95 <= ${TARGET_MS} ms: ${p95! <= TARGET_MS ? 'yes' : 'NO'}`
  );
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boardwalk-bench-room-'));
  const listener = createRoomListener({
    rendererDir: join(dataDir, 'no-renderer'),
    addresses: () => [{ name: 'lo', address: ROOM_TEST_ADDRESS, internal: true }],
  });
  const core = await createCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    renderPdf: async () => {
      throw new Error('The bench renders no PDF');
    },
    log: (line) => console.error(line),
    roomListener: listener,
  });
  const token = randomBytes(24).toString('base64url');
  const host = createHostServer({ dispatch: core.dispatch, live: core.live, token, rendererDir: dataDir });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  const facilitator = hostApiOf({ url: hostUrl, token });
  const streams: FollowedStream[] = [];
  const agents: Agent[] = [];
  try {
    const boardId = 'webshop-migration';
    const board = await facilitator['boards.get']({ boardId });
    const items = board.board.items.filter((item) => item.options.length >= 2).slice(0, ITEMS);
    const session = await facilitator['sessions.create']({
      boardId,
      title: 'bench room',
      date: '2026-12-07',
      facilitator: 'Anouk',
      language: 'en',
    });
    const state = (itemId: string): PresenterState => ({
      sessionId: session.id,
      boardId,
      boardHash: board.hash,
      itemId,
      language: 'en',
      timer: null,
      status: 'open',
      votes: {},
      participants: [],
      progress: { total: ITEMS, decided: 0, deferred: 0 },
    });
    global.gc?.();
    const memoryBefore = process.memoryUsage().rss;
    const room = await facilitator['room.open']({
      sessionId: session.id,
      address: ROOM_TEST_ADDRESS,
      mode: 'named',
    });
    const port = Number(new URL(room.joinUrl!).port);
    const people = [];
    for (let index = 0; index < PARTICIPANTS; index++) {
      // Each phone has its own address, as on a real network (127.0.0.2 …).
      const from = `127.0.0.${index + 2}`;
      const name = `Participant ${String(index + 1).padStart(2, '0')}`;
      // A phone's browser keeps its connection open between calls.
      const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: from });
      agents.push(agent);
      const { credential } = await joinRoom({ port, from, agent }, room.code!, name);
      const stream = await followRoom({ port, from, credential });
      streams.push(stream);
      people.push({ name, from, credential, stream, agent });
    }
    const moves: number[] = [];
    const votes: number[] = [];
    let lostOrDouble = 0;
    for (const item of items) {
      const movedAt = performance.now();
      await facilitator['live.publish'](state(item.id));
      await Promise.all(
        people.map(async (person) => {
          const seen = person.stream.views.length;
          await person.stream.next(
            (view) => view.item?.id === item.id && person.stream.views.indexOf(view) >= seen - 1,
          );
          moves.push(performance.now() - movedAt);
        }),
      );
      await facilitator['room.openVoting']({ itemId: item.id });
      // Everyone taps at once; a fifth change their mind once, which must not count twice.
      const counted = new Map<string, number>();
      const sentAt = new Map<string, number>();
      const pending = new Set(people.map((person) => person.name));
      const voting = people.map(async (person, index) => {
        const first = item.options[index % 2]!.id;
        sentAt.set(person.name, performance.now());
        await roomCall(
          { port, from: person.from, credential: person.credential, agent: person.agent },
          'POST',
          '/vote',
          { choice: first },
        );
        if (index % 5 === 0)
          await roomCall(
            { port, from: person.from, credential: person.credential, agent: person.agent },
            'POST',
            '/vote',
            {
              choice: item.options[(index + 1) % 2]!.id,
            },
          );
      });
      const watching = (async () => {
        while (pending.size > 0) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          const status = await facilitator['room.status']({});
          const now = performance.now();
          for (const name of status.voting.voters) if (pending.delete(name)) counted.set(name, now - sentAt.get(name)!);
        }
      })();
      await Promise.all([...voting, watching]);
      votes.push(...counted.values());
      const revealed = await facilitator['room.reveal']({});
      const expected = new Map<string, number>();
      people.forEach((_, index) => {
        const final = item.options[index % 5 === 0 ? (index + 1) % 2 : index % 2]!.id;
        expected.set(final, (expected.get(final) ?? 0) + 1);
      });
      for (const [choice, count] of expected) if (revealed.voting.tally?.[choice] !== count) lostOrDouble += 1;
      const total = Object.values(revealed.voting.tally ?? {}).reduce((sum, count) => sum + count, 0);
      if (total !== PARTICIPANTS) lostOrDouble += 1;
    }
    const outcomes = await facilitator['outcomes.list']({ sessionId: session.id });
    const stored = outcomes.reduce((sum, outcome) => sum + Object.keys(outcome.votes).length, 0);
    await facilitator['room.close']({});
    global.gc?.();
    const memoryAfter = process.memoryUsage().rss;
    console.log(
      `${PARTICIPANTS} participants (one loopback address each), ${items.length} items, named votes; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(summary('facilitator move -> participant', moves));
    console.log(summary(`vote -> facilitator tally (${POLL_MS} ms poll)`, votes));
    console.log(
      `votes stored ${stored} of ${PARTICIPANTS * items.length}; items whose revealed tally was off: ${lostOrDouble}`,
    );
    console.log(`host memory (rss) before the room ${megabytes(memoryBefore)}, after ${megabytes(memoryAfter)}`);
  } finally {
    streams.forEach((stream) => stream.close());
    agents.forEach((agent) => agent.destroy());
    await new Promise<void>((resolve) => {
      host.close(() => resolve());
      host.closeAllConnections();
    });
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
