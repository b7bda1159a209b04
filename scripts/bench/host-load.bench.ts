/**
 * The browser host under load: 20 clients on loopback record outcomes over HTTP at once, for
 * LOAD_SECONDS (the whole run is cut off at 30 s). Every answer that said ok is a confirmed write;
 * afterwards the audit trail is read back and each confirmed write must be in it exactly once.
 * The host runs as `boardwalk serve` in its own process, so its memory is its own.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe, type ServeProcess } from '../../electron/testing/serveProcess.ts';
import { hostApiOf, ms, percentile } from './helpers.ts';

/** The host's API as the app's page calls it. */
const apiOf = (host: ServeProcess) => hostApiOf({ url: host.origin, token: host.token });

export const title = '20 clients writing to the host over loopback (confirmed writes vs the audit trail, memory)';

const CLIENTS = 20;
const LOAD_SECONDS = 20;
const HARD_LIMIT_MS = 30_000;

/** Resident memory of a process in MB, from /proc (Linux); undefined elsewhere. */
function residentMb(pid: number | undefined): number | undefined {
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}
const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);

interface Load {
  confirmed: Set<string>;
  failed: number;
  latencies: number[];
  seconds: number;
}

async function load(host: ServeProcess, sessionId: string, items: string[], round: number): Promise<Load> {
  const confirmed = new Set<string>();
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const stopAt = started + LOAD_SECONDS * 1000;
  const hardStop = AbortSignal.timeout(HARD_LIMIT_MS);
  const api = apiOf(host);
  const client = async (c: number) => {
    for (let n = 0; performance.now() < stopAt && !hardStop.aborted; n++) {
      const rationale = `round ${round} client ${c} write ${n}`;
      const begin = performance.now();
      try {
        await api['outcomes.record']({
          sessionId,
          itemId: items[c % items.length]!,
          changes: { status: n % 2 ? 'decided' : 'deferred', rationale },
          actor: `client ${c}`,
        });
        confirmed.add(rationale);
      } catch {
        failed++;
      }
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return { confirmed, failed, latencies, seconds: (performance.now() - started) / 1000 };
}

/** How often each rationale is in the trail, and how many changes the trail holds. */
async function trailOf(
  host: ServeProcess,
  sessionId: string,
): Promise<{ counts: Map<string, number>; changes: number }> {
  const events = await apiOf(host)['events.list']({ sessionId });
  const counts = new Map<string, number>();
  for (const event of events)
    if (event.type === 'outcome.recorded' && event.after?.rationale)
      counts.set(event.after.rationale, (counts.get(event.after.rationale) ?? 0) + 1);
  return { counts, changes: events.length };
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boardwalk-bench-load-'));
  const host = await startServe(dataDir);
  try {
    const board = await apiOf(host)['boards.get']({ boardId: 'webshop-migration' });
    const items = board.board.items.slice(0, CLIENTS).map((item) => item.id);
    const session = await apiOf(host)['sessions.create']({
      boardId: 'webshop-migration',
      title: 'Load',
      date: '2026-09-30',
      facilitator: 'bench',
      language: 'en',
    });
    const sessionId = session.id;
    const before = residentMb(host.child.pid);
    console.log(
      `host: boardwalk serve, pid ${host.child.pid}, data dir ${dataDir}; ${CLIENTS} clients for ${LOAD_SECONDS} s`,
    );

    const result = await load(host, sessionId, items, 1);
    const afterLoad = residentMb(host.child.pid);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const afterIdle = residentMb(host.child.pid);
    // A second round of writes: memory that grows with every write would show here.
    const again = await load(host, sessionId, items, 2);
    const afterAgain = residentMb(host.child.pid);
    // Read last and apart: the whole trail in one answer is one large JSON string in the host.
    const { counts: trail, changes } = await trailOf(host, sessionId);
    const afterTrail = residentMb(host.child.pid);

    const found = [...result.confirmed].filter((rationale) => trail.has(rationale)).length;
    const foundAgain = [...again.confirmed].filter((rationale) => trail.has(rationale)).length;
    const duplicated = [...trail.values()].filter((count) => count > 1).length;
    const sorted = result.latencies.sort((a, b) => a - b);
    console.log(
      `writes confirmed ${result.confirmed.size}, found in the trail ${found} (missing ${result.confirmed.size - found}, ` +
        `twice ${duplicated}, in the trail unconfirmed ${trail.size - found - foundAgain}); failed requests ${result.failed}`,
    );
    console.log(
      `throughput ${(result.confirmed.size / result.seconds).toFixed(0)} writes/s; latency p50 ${ms(percentile(sorted, 50))}, ` +
        `p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? 0)}`,
    );
    console.log(
      `host memory (RSS): before ${mb(before)}, after the load ${mb(afterLoad)}, 5 s later ${mb(afterIdle)}, ` +
        `after a second ${LOAD_SECONDS} s of writes (${again.confirmed.size} more, ${foundAgain} of them in the trail) ` +
        `${mb(afterAgain)}; after reading the whole trail of ${changes} changes in one answer ${mb(afterTrail)}`,
    );
    const missing = result.confirmed.size - found + (again.confirmed.size - foundAgain);
    if (missing > 0) throw new Error(`${missing} confirmed writes are not in the trail`);
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
