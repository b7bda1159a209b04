import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.ts';
import { callHost, startServe, type ServeProcess } from '../testing/serveProcess.ts';

/**
 * The host process itself (`boardwalk serve`) is killed with SIGKILL while several clients write
 * over HTTP. A write counts as confirmed once its HTTP answer said ok; after a restart on the same
 * data folder, every confirmed write must be in the audit trail, once. Rounds reuse the folder, so
 * each crash lands on what the previous ones left.
 */
const ROUNDS = Number(process.env.HOST_CRASH_ROUNDS ?? 4);
const WRITERS = 8;

const dir = tempDir('boardwalk-host-crash-');
afterAll(() => dir.remove());

interface Confirmed {
  sessionId: string;
  rationale: string;
}

async function itemsOf(host: ServeProcess): Promise<string[]> {
  const board = await callHost(host, 'boards.get', { boardId: 'webshop-migration' });
  return (board.body.value as { board: { items: { id: string }[] } }).board.items.map((item) => item.id);
}

/** WRITERS clients record as fast as they can until the host is gone; resolves with what was confirmed. */
async function writeUntilKilled(
  host: ServeProcess,
  sessionId: string,
  items: string[],
  round: number,
  killAfterMs: number,
) {
  const confirmed: Confirmed[] = [];
  let failures = 0;
  let killed = false;
  const writer = async (w: number) => {
    for (let n = 0; !killed; n++) {
      const rationale = `r${round}-w${w}-${n}`;
      try {
        const answer = await callHost(host, 'outcomes.record', {
          sessionId,
          itemId: items[w % items.length],
          changes: { status: n % 2 ? 'decided' : 'deferred', rationale },
          actor: `writer ${w}`,
        });
        if (answer.status === 200 && answer.body.ok) confirmed.push({ sessionId, rationale });
        else failures++;
      } catch {
        failures++; // the connection died with the host: not confirmed
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  await host.kill();
  killed = true;
  await Promise.all(writers);
  return { confirmed, failures };
}

describe('killing the host process while clients write over HTTP', () => {
  it('loses no confirmed write, crash after crash', async () => {
    const dataDir = join(dir.path, 'data');
    const all: Confirmed[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const host = await startServe(dataDir);
      const created = await callHost(host, 'sessions.create', {
        boardId: 'webshop-migration',
        title: `Crash round ${round}`,
        date: '2026-09-30',
        facilitator: 'Anouk',
        language: 'en',
      });
      const sessionId = (created.body.value as { id: string }).id;
      const items = await itemsOf(host);
      const { confirmed } = await writeUntilKilled(host, sessionId, items, round, 400 + 300 * round);
      expect(host.child.signalCode, `round ${round}`).toBe('SIGKILL');
      expect(confirmed.length, `round ${round}: nothing was confirmed before the kill`).toBeGreaterThan(0);
      all.push(...confirmed);
    }

    const host = await startServe(dataDir);
    try {
      const sessions = (await callHost(host, 'sessions.list', {})).body.value as { id: string }[];
      expect(sessions).toHaveLength(ROUNDS);
      const inTrail = new Map<string, number>();
      for (const { id } of sessions) {
        const events = (await callHost(host, 'events.list', { sessionId: id })).body.value as {
          type: string;
          after: { rationale?: string };
        }[];
        for (const event of events.filter((candidate) => candidate.type === 'outcome.recorded'))
          inTrail.set(event.after.rationale!, (inTrail.get(event.after.rationale!) ?? 0) + 1);
      }
      const missing = all.filter((write) => !inTrail.has(write.rationale));
      expect(missing, 'confirmed writes lost').toEqual([]);
      expect(
        [...inTrail.values()].every((count) => count === 1),
        'a write is in the trail twice',
      ).toBe(true);
      console.log(
        `host crash test: ${ROUNDS} rounds of ${WRITERS} HTTP writers, host killed with SIGKILL each time; ` +
          `${all.length} confirmed writes, all found in the trail (${inTrail.size} recorded in all)`,
      );
    } finally {
      await host.stop();
    }
  }, 300_000);
});
