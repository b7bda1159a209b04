/**
 * Importing board packs through the API, as both shells do (`boards.import`, read in the pack
 * worker): a large legit synthetic pack (BENCH_PACK_NODES nodes, default 10,000; the README states
 * the largest accepted), its time, the process's peak memory and the longest the main thread was
 * held meanwhile; and the time to refuse the lying zip (1 MB, claims 100 bytes, holds 1 GB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createCore, PACK_WORKER_LIMITS, type Core } from '../../electron/core/index.ts';
import { lyingZip } from '../../electron/testing/zips.ts';
import { syntheticPackYaml } from '../synthetic/board.ts';
import { RESOURCES_DIR } from './helpers.ts';

export const title = 'importing a large board pack off the main thread, and refusing a lying zip';

const SIZES = (process.env.BENCH_PACK_NODES ?? '10000').split(',').map(Number);
const MB = 1024 * 1024;

const upload = (name: string, bytes: Uint8Array) => ({
  files: [{ name, base64: Buffer.from(bytes).toString('base64') }],
});

interface Measured {
  ms: number;
  peakRssMb: number;
  longestMainThreadStallMs: number;
  ok: boolean;
  detail: string;
}

/** One import: wall time, the process's peak RSS (worker included) sampled every 20 ms, the longest event-loop delay. */
async function measureImport(core: Core, name: string, bytes: Uint8Array): Promise<Measured> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  delay.enable();
  const start = performance.now();
  const result = await core.dispatch('boards.import', upload(name, bytes));
  const took = performance.now() - start;
  delay.disable();
  clearInterval(sampler);
  const detail = result.ok ? '' : `${result.error.reason}: ${JSON.stringify(result.error.details).slice(0, 160)}`;
  return {
    ms: took,
    peakRssMb: peak / MB,
    longestMainThreadStallMs: delay.max / 1e6,
    ok: result.ok,
    detail,
  };
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boardwalk-bench-'));
  const core = await createCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    renderPdf: async () => new Uint8Array(),
    log: (line) => console.error(line),
    warmPackReader: true,
  });
  try {
    console.log(
      `pack worker limits: ${PACK_WORKER_LIMITS.heapMb} MB heap, ${PACK_WORKER_LIMITS.timeLimitMs / 1000} s; ` +
        `process RSS before: ${(process.memoryUsage().rss / MB).toFixed(0)} MB`,
    );
    // The first import pays for nothing the later ones do not: the worker is warm, the shipped boards stored.
    await core.dispatch('boards.import', upload('warm.yaml', Buffer.from('board: {}\n')));
    const zip = lyingZip();
    const lying = await measureImport(core, 'lying.zip', zip);
    console.log(
      `lying zip (${(zip.length / MB).toFixed(2)} MB, claims 100 bytes, holds 1 GB): refused ${!lying.ok} in ` +
        `${lying.ms.toFixed(0)} ms (target 1,000 ms), main thread held at most ${lying.longestMainThreadStallMs.toFixed(0)} ms`,
    );
    for (const nodes of SIZES) {
      const yaml = Buffer.from(syntheticPackYaml(nodes));
      const measured = await measureImport(core, `synthetic-${nodes}.yaml`, yaml);
      console.log(
        `${nodes.toLocaleString('en')} nodes (${(yaml.length / MB).toFixed(1)} MB of YAML): ` +
          `${measured.ok ? 'stored' : `refused (${measured.detail})`} in ${(measured.ms / 1000).toFixed(1)} s, ` +
          `peak RSS ${measured.peakRssMb.toFixed(0)} MB, main thread held at most ${measured.longestMainThreadStallMs.toFixed(0)} ms`,
      );
    }
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
