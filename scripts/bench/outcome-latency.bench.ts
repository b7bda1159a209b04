/**
 * How long recording an outcome takes, from the API call to the durable commit (SQLite WAL,
 * synchronous=FULL), measured in-process through `dispatch` and through the browser host over
 * loopback HTTP.
 */
import { performance } from 'node:perf_hooks';
import {
  apiOf,
  hostApiOf,
  ms,
  newSession,
  percentile,
  pickTarget,
  recordInput,
  startHost,
  withCore,
} from './helpers.ts';

export const title = 'recording an outcome (API call to durable commit)';

const WARM_UP = 200;
const N = 2000;
const TARGET_P99_MS = 10;

type RecordOne = (n: number) => Promise<void>;

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

function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  console.log(
    `${label.padEnd(26)} p50 ${ms(p50!).padStart(9)}  p95 ${ms(p95!).padStart(9)}  p99 ${ms(p99!).padStart(9)}  ` +
      `max ${ms(sorted.at(-1)!).padStart(9)}  p99 < ${TARGET_P99_MS} ms: ${p99! < TARGET_P99_MS ? 'yes' : 'NO'}`,
  );
}

export async function run(): Promise<void> {
  await withCore(async (core, dataDir) => {
    console.log(`data dir: ${dataDir} (SQLite WAL, synchronous=FULL); N = ${N} after ${WARM_UP} warm-up recordings`);
    const target = await pickTarget(core);
    console.log(`item: ${target.boardId} / ${target.itemId}; one session per path, every call changes the outcome`);

    const inProcessSession = await newSession(core, target.boardId, 'bench in-process');
    const api = apiOf(core);
    const inProcess = await measure(async (n) => {
      await api['outcomes.record'](recordInput(inProcessSession, target, n));
    });
    report('in-process dispatch', inProcess);

    const host = await startHost(core, dataDir);
    try {
      const httpSession = await newSession(core, target.boardId, 'bench HTTP');
      // Node's fetch keeps the connection alive between calls, as a browser would.
      const overHttpApi = hostApiOf(host);
      const overHttp = await measure(async (n) => {
        await overHttpApi['outcomes.record'](recordInput(httpSession, target, n));
      });
      report('HTTP host (keep-alive)', overHttp);
    } finally {
      await host.close();
    }
  });
}
