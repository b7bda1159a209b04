import { Worker } from 'node:worker_threads';
import { unreadableProblem, type UploadedFile, type UploadResult } from './upload.ts';

/**
 * What reading one pack may cost. A pack within MAX_UNPACKED_BYTES (32 MB of YAML) is read well
 * within these on a 2-core machine (`npm run bench -- pack-import`); past them it is refused.
 */
export const PACK_WORKER_LIMITS = {
  timeLimitMs: 120_000,
  /** The worker's JavaScript heap; its own, so running out of it ends the worker, never the app. */
  heapMb: 2048,
  /** A warm worker answers the next import at once; it goes after this long unused. */
  idleMs: 30_000,
  /** When a shell keeps a worker warm, how long after the start it is started. */
  warmAfterMs: 5_000,
};
export type PackWorkerLimits = typeof PACK_WORKER_LIMITS;

// The sources run as they are (Node strips the types); the desktop build bundles the worker beside its main file.
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './worker.ts' : './packWorker.js';

export interface PackReader {
  /** Reads and validates a pack in the worker; one at a time, the others wait their turn. */
  read(files: UploadedFile[]): Promise<UploadResult>;
  close(): Promise<void>;
}

function refusal(files: UploadedFile[], code: string, params: Record<string, number>): UploadResult {
  const unreadable = unreadableProblem(files[0]?.name ?? '(pack)', code, params);
  return { ok: false, unreadable, errors: [unreadable], warnings: [] };
}

/**
 * Packs are parsed and checked in a worker thread with a heap and a time limit of its own, so the
 * app (host or desktop main process) keeps answering while one is read, and a pack that would take
 * too long or too much memory is refused with a message instead of stalling or ending the app.
 */
export function createPackReader(limits: Partial<PackWorkerLimits> = {}, keepWarm = false): PackReader {
  const chosen = { ...PACK_WORKER_LIMITS, ...limits };
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  function start(): Worker {
    const started = new Worker(new URL(WORKER_FILE, import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: chosen.heapMb },
    });
    // A warm worker waiting for work does not keep the process alive.
    started.unref();
    started.once('exit', () => {
      if (worker === started) worker = undefined;
    });
    return started;
  }

  function stop(ending: Worker): Promise<unknown> {
    if (worker === ending) worker = undefined;
    return ending.terminate();
  }

  function run(files: UploadedFile[]): Promise<UploadResult> {
    clearTimeout(idle);
    const current = (worker ??= start());
    return new Promise<UploadResult>((resolve) => {
      let finished = false;
      const finish = (result: UploadResult) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        current.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (worker === current) {
          // What a big pack left on the worker's heap goes with it; a shell that keeps one warm gets a fresh one.
          idle = setTimeout(
            () => void stop(current).then(() => keepWarm && !closed && (worker ??= start())),
            chosen.idleMs,
          );
          idle.unref();
        }
        if (!worker && keepWarm && !closed) worker = start();
        resolve(result);
      };
      const onMessage = (result: UploadResult) => finish(result);
      const onError = (error: NodeJS.ErrnoException) => {
        void stop(current);
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refusal(files, 'pack-out-of-memory', { megabytes: chosen.heapMb })
            : refusal(files, 'unreadable', {}),
        );
      };
      const onExit = () => finish(refusal(files, 'unreadable', {}));
      const timer = setTimeout(() => {
        void stop(current);
        finish(refusal(files, 'pack-too-slow', { seconds: chosen.timeLimitMs / 1000 }));
      }, chosen.timeLimitMs);
      current.on('message', onMessage).on('error', onError).on('exit', onExit);
      current.postMessage(files);
    });
  }

  // Starting the worker (loading the schemas) takes a moment of CPU: a shell that keeps it warm pays
  // it once the app has started and answered its first requests, unless an import comes first.
  const warming = keepWarm ? setTimeout(() => !closed && (worker ??= start()), chosen.warmAfterMs) : undefined;
  warming?.unref();
  return {
    read(files) {
      const turn = queue.then(() => run(files));
      queue = turn.catch(() => undefined);
      return turn;
    },
    async close() {
      closed = true;
      clearTimeout(warming);
      clearTimeout(idle);
      if (worker) await stop(worker);
    },
  };
}
