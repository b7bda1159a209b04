import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { syntheticBoard } from '../../../scripts/synthetic/board.ts';
import { LANE_OF_TYPE } from './geometry.ts';
import { ELK_LIMITS, elkLayout, type ElkRun, type StartElk } from './elkLayout.ts';

// elk's own bundle runs in Node as it does in the page's worker.
const realElk: StartElk = (graph) => ({ result: new ELK().layout(graph), cancel: () => {} });

describe('elk for small views', () => {
  it('lays out a small part of a board with its lanes left to right', async () => {
    const part = syntheticBoard(30, 2);
    // The app's 1.2 s budget is for a projector's laptop at rest; a test on a busy machine gives elk time.
    const positions = await elkLayout(part, realElk, { ...ELK_LIMITS, timeMs: 30_000 });
    expect(positions).not.toBeNull();
    expect(Object.keys(positions!).sort()).toEqual(part.nodes.map((node) => node.id).sort());
    const laneOf = new Map(part.nodes.map((node) => [node.id, LANE_OF_TYPE[node.type]]));
    const xsByLane = [0, 1, 2, 3].map((lane) =>
      part.nodes.filter((node) => laneOf.get(node.id) === lane).map((node) => positions![node.id]!.x),
    );
    for (let lane = 1; lane < 4; lane++)
      expect(Math.min(...xsByLane[lane]!)).toBeGreaterThan(Math.max(...xsByLane[lane - 1]!));
  });

  it('is never started on a part above the size limit', async () => {
    let started = 0;
    const counting: StartElk = (graph) => {
      started++;
      return realElk(graph);
    };
    expect(await elkLayout(syntheticBoard(200), counting, { maxNodes: 150, maxEdges: 1000, timeMs: 5000 })).toBeNull();
    expect(await elkLayout(syntheticBoard(100), counting, { maxNodes: 150, maxEdges: 50, timeMs: 5000 })).toBeNull();
    expect(started).toBe(0);
  });

  it('is stopped at the time limit, and gives nothing so the lanes take over', async () => {
    let cancelled = 0;
    // A worker that never answers, as elk does on a part it cannot finish.
    const hung: StartElk = (): ElkRun => ({ result: new Promise(() => {}), cancel: () => cancelled++ });
    const started = Date.now();
    expect(await elkLayout(syntheticBoard(20), hung, { maxNodes: 150, maxEdges: 400, timeMs: 100 })).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(cancelled).toBe(1);
  });

  it('gives nothing when elk fails', async () => {
    const failing: StartElk = () => ({ result: Promise.reject(new Error('out of memory')), cancel: () => {} });
    expect(await elkLayout(syntheticBoard(20), failing)).toBeNull();
  });
});
