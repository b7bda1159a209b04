/**
 * `npm run bench`: how long recording an outcome takes, from the API call to the durable commit
 * (SQLite WAL, synchronous=FULL), measured in-process through `dispatch` and through the browser
 * host over loopback HTTP. It reports; it does not assert: the exit code is 0 unless something
 * failed. The data folder is a fresh one under the system temp folder, removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApiResult } from '../shared/api/errors.ts';
import { OUTCOME_STATUSES } from '../shared/session/schema.ts';
import { createCore, type Core } from '../electron/core/index.ts';
import { createHostServer } from '../electron/host/server.ts';

const WARM_UP = 200;
const N = 2000;
const TARGET_P99_MS = 10;
const RESOURCES_DIR = join(import.meta.dirname, '..', 'resources');

type RecordOne = (n: number) => Promise<void>;

interface Target {
  boardId: string;
  itemId: string;
  options: string[];
}

function unwrap<T>(result: ApiResult<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** An item of a shipped board to record on; one with options, so the chosen option can vary too. */
async function pickTarget(core: Core): Promise<Target> {
  const boards = unwrap<{ meta: { id: string } }[]>(await core.dispatch('boards.list', {}), 'boards.list');
  for (const { meta } of boards) {
    const version = unwrap<{ board: { items: { id: string; options?: { id: string }[] }[] } }>(
      await core.dispatch('boards.get', { boardId: meta.id }),
      'boards.get',
    );
    const item = version.board.items.find((candidate) => (candidate.options ?? []).length >= 2);
    if (item) return { boardId: meta.id, itemId: item.id, options: item.options!.map((option) => option.id) };
  }
  throw new Error('No shipped board has an item with options to record on');
}

async function newSession(core: Core, target: Target, title: string): Promise<string> {
  const session = unwrap<{ id: string }>(
    await core.dispatch('sessions.create', {
      boardId: target.boardId,
      title,
      date: '2026-09-30',
      facilitator: 'bench',
      language: 'en',
    }),
    'sessions.create',
  );
  return session.id;
}

/** Record n: every call changes the outcome (status, option and rationale all differ from the last). */
function recordInput(sessionId: string, target: Target, n: number) {
  return {
    sessionId,
    itemId: target.itemId,
    changes: {
      status: OUTCOME_STATUSES[n % OUTCOME_STATUSES.length],
      chosenOption: target.options[n % target.options.length],
      rationale: `bench write ${n}`,
    },
    actor: 'bench',
  };
}

async function measure(record: RecordOne): Promise<number[]> {
  for (let n = 0; n < WARM_UP; n++) await record(n);
  const times: number[] = [];
  for (let n = WARM_UP; n < WARM_UP + N; n++) {
    const start = performance.now();
    await record(n);
    times.push(performance.now() - start);
  }
  return times;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `${label.padEnd(26)} p50 ${ms(p50!).padStart(9)}  p95 ${ms(p95!).padStart(9)}  p99 ${ms(p99!).padStart(9)}  ` +
      `max ${ms(sorted.at(-1)!).padStart(9)}  p99 < ${TARGET_P99_MS} ms: ${p99! < TARGET_P99_MS ? 'yes' : 'NO'}`,
  );
}

async function main(): Promise<void> {
  const cpuList = cpus();
  console.log('Boardwalk bench: recording an outcome (API call to durable commit)');
  console.log(
    `machine: ${cpuList[0]?.model ?? 'unknown CPU'}, ${cpuList.length} CPUs, node ${process.version}, ` +
      `${process.platform}-${process.arch}`,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'boardwalk-bench-'));
  console.log(`data dir: ${dataDir} (SQLite WAL, synchronous=FULL); N = ${N} after ${WARM_UP} warm-up recordings`);
  let core: Core | undefined;
  let server: ReturnType<typeof createHostServer> | undefined;
  try {
    core = await createCore({
      dataDir,
      resourcesDir: RESOURCES_DIR,
      renderPdf: async () => {
        throw new Error('The bench renders no PDF');
      },
      log: (line) => console.error(line),
    });
    const target = await pickTarget(core);
    console.log(`item: ${target.boardId} / ${target.itemId}; one session per path, every call changes the outcome`);

    const inProcessSession = await newSession(core, target, 'bench in-process');
    const direct = core;
    const inProcess = await measure(async (n) => {
      unwrap(await direct.dispatch('outcomes.record', recordInput(inProcessSession, target, n)), 'outcomes.record');
    });
    report('in-process dispatch', inProcess);

    const token = randomBytes(24).toString('base64url');
    const host = createHostServer({ dispatch: direct.dispatch, token, rendererDir: join(dataDir, 'no-renderer') });
    server = host;
    await new Promise<void>((resolve, reject) => {
      host.once('error', reject);
      host.listen(0, '127.0.0.1', resolve);
    });
    const url = `http://127.0.0.1:${(host.address() as AddressInfo).port}/api/outcomes.record`;
    const httpSession = await newSession(core, target, 'bench HTTP');
    // Node's fetch keeps the connection alive between calls, as a browser would.
    const overHttp = await measure(async (n) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(recordInput(httpSession, target, n)),
      });
      const result = (await response.json()) as ApiResult<unknown>;
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(result)}`);
      unwrap(result, 'POST /api/outcomes.record');
    });
    report('HTTP host (keep-alive)', overHttp);
  } finally {
    if (server) {
      const closing = server;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    }
    core?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
