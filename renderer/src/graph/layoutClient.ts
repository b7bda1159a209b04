import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { GraphLayout } from '../../../shared/board/layout.ts';
import { elkLayout, type StartElk } from './elkLayout.ts';
import { layoutInputOf, type LayoutInput, type Positions } from './geometry.ts';
import { LANE_LAYOUT_VERSION, laneLayout } from './laneLayout.ts';
import type { LaneAnswer, LaneRequest } from './layout.worker.ts';

/** Kept layouts of another version are computed afresh: bump when the lanes or elk's settings change. */
export const LAYOUT_VERSION = LANE_LAYOUT_VERSION;

export type Progress = (fraction: number) => void;
export type ComputeLayout = (
  input: LayoutInput,
  options: { preferElk: boolean; progress: Progress },
) => Promise<GraphLayout>;

let elk: InstanceType<typeof ELK> | null = null;
/** One warm elk worker; a run stopped at its time limit takes the worker with it. */
const startElk: StartElk = (graph) => {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
  const own = elk;
  return {
    result: own.layout(graph),
    cancel: () => {
      own.terminateWorker();
      if (elk === own) elk = null;
    },
  };
};

let laneWorker: Worker | null = null;
let nextRequest = 0;
const waiting = new Map<
  number,
  { resolve: (positions: Positions) => void; reject: (error: Error) => void; progress: Progress }
>();

function failAll(error: Error): void {
  for (const request of waiting.values()) request.reject(error);
  waiting.clear();
  laneWorker?.terminate();
  laneWorker = null;
}

function worker(): Worker {
  if (laneWorker) return laneWorker;
  const started = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<LaneAnswer>) => {
    const answer = event.data;
    const request = waiting.get(answer.id);
    if (!request) return;
    if ('progress' in answer) return request.progress(answer.progress);
    waiting.delete(answer.id);
    if ('positions' in answer) request.resolve(answer.positions);
    else request.reject(new Error(answer.error));
  };
  started.onerror = (event) => failAll(new Error(event.message || 'The layout worker stopped'));
  laneWorker = started;
  return started;
}

function lanesInWorker(input: LayoutInput, progress: Progress): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const id = ++nextRequest;
    waiting.set(id, { resolve, reject, progress });
    worker().postMessage({ id, input } satisfies LaneRequest);
  });
}

/** The name of the user-timing measure of each layout computed (none for a kept one). */
export const LAYOUT_MEASURE = 'boardwalk:layout';

/**
 * A layout for a part of a board: elk where it pays (small item views, bounded), otherwise the lane
 * layout in a worker. Should the worker fail, the lanes are computed here: they take little time,
 * and a board without a layout would be worse than a short pause.
 */
const layoutOf: ComputeLayout = async (part, { preferElk, progress }) => {
  const input = layoutInputOf(part);
  if (preferElk) {
    const positions = await elkLayout(input, startElk);
    if (positions) return { engine: 'elk', version: LAYOUT_VERSION, positions };
  }
  let positions: Positions;
  try {
    positions = await lanesInWorker(input, progress);
  } catch {
    positions = laneLayout(input, progress).positions;
  }
  return { engine: 'lanes', version: LAYOUT_VERSION, positions };
};

/** A layout as above, marked as a user-timing measure so a profile or the bench sees when it was done. */
export const computeLayout: ComputeLayout = async (part, options) => {
  const start = performance.now();
  const layout = await layoutOf(part, options);
  performance.measure(LAYOUT_MEASURE, { start, detail: { nodes: part.nodes.length, engine: layout.engine } });
  return layout;
};
