import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticPackYaml } from '../../../scripts/synthetic/board.ts';
import { MINI_PACK } from '../../testing/fixtures.ts';
import { createPackReader, type PackReader } from './offThread.ts';

const readers: PackReader[] = [];
afterEach(async () => {
  await Promise.all(readers.splice(0).map((reader) => reader.close()));
});

function reader(limits: Parameters<typeof createPackReader>[0] = {}): PackReader {
  const made = createPackReader(limits);
  readers.push(made);
  return made;
}

const mini = { name: 'board.yaml', bytes: readFileSync(join(MINI_PACK, 'board.yaml')) };
const big = { name: 'board.yaml', bytes: Buffer.from(syntheticPackYaml(2_000)) };

describe('the pack worker', () => {
  it('reads and validates a pack off the main thread, and reads the next one too', async () => {
    const packs = reader();
    for (let n = 0; n < 2; n++) {
      const result = await packs.read([mini]);
      expect(result.ok ? result.board.meta.id : result.errors).toBe('fixture-mini');
    }
  });

  it('refuses a pack that takes longer than its time limit, and reads the next one in a fresh worker', async () => {
    const packs = reader({ timeLimitMs: 1 });
    const result = await packs.read([big]);
    expect(result.ok ? 'ok' : result.errors[0]).toMatchObject({ code: 'pack-too-slow', params: { seconds: 0.001 } });
    const patient = reader();
    expect((await patient.read([mini])).ok).toBe(true);
  });

  it('refuses a pack that needs more memory than its limit, and the app goes on', async () => {
    const packs = reader({ heapMb: 8 });
    const result = await packs.read([big]);
    expect(result.ok ? 'ok' : result.errors[0]).toMatchObject({ code: 'pack-out-of-memory', params: { megabytes: 8 } });
  });
});
