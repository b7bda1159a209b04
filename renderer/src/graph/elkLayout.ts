import type { ElkNode } from 'elkjs/lib/elk-api.js';
import {
  LANE_GAP,
  LANE_OF_TYPE,
  NODE_HEIGHT,
  NODE_WIDTH,
  ROW_GAP,
  type LayoutInput,
  type Positions,
} from './geometry.ts';

/**
 * elk lays out a small part of a board (an item's neighbourhood) with fewer crossings than the
 * lanes do, but its cost grows far faster than the board: it runs only below a size limit, is
 * stopped at a time limit, and the caller falls back to the lane layout whenever it gives nothing.
 */
export const ELK_LIMITS = { maxNodes: 60, maxEdges: 150, timeMs: 1200 };
export type ElkLimits = typeof ELK_LIMITS;

/** One elk run that can be stopped (a worker terminated). */
export interface ElkRun {
  result: Promise<ElkNode>;
  cancel(): void;
}
export type StartElk = (graph: ElkNode) => ElkRun;

function elkGraph(input: LayoutInput): ElkNode {
  const ids = new Set(input.nodes.map((node) => node.id));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LANE_GAP),
      'elk.spacing.nodeNode': String(ROW_GAP),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.partitioning.activate': 'true',
    },
    children: input.nodes.map((node) => ({
      id: node.id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      layoutOptions: { 'elk.partitioning.partition': String(LANE_OF_TYPE[node.type]) },
    })),
    edges: input.edges
      .filter((edge) => ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to)
      .map((edge, index) => ({ id: `e${index}`, sources: [edge.from], targets: [edge.to] })),
  };
}

/** elk's positions, or null: too big for elk, not done within the time limit, or failed. */
export async function elkLayout(input: LayoutInput, start: StartElk, limits: ElkLimits = ELK_LIMITS) {
  if (input.nodes.length > limits.maxNodes || input.edges.length > limits.maxEdges) return null;
  const run = start(elkGraph(input));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      run.cancel();
      resolve(null);
    }, limits.timeMs);
  });
  const laidOut = run.result.then(
    (graph): Positions =>
      Object.fromEntries((graph.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }])),
    () => null,
  );
  try {
    return await Promise.race([laidOut, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
