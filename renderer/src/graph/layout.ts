import ELK, { type ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Board, BoardNode } from '../../../shared/board/schema.ts';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 72;

/** Columns from business need to tool, so every chain reads left to right. */
const COLUMN_OF_TYPE: Record<BoardNode['type'], number> = {
  'business-requirement': 0,
  constraint: 0,
  principle: 0,
  trigger: 0,
  'technical-requirement': 1,
  'platform-capability': 2,
  'tool-choice': 3,
};

// The layout runs in a worker so a big board never freezes the window.
const elk = new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });

export type Positions = Record<string, { x: number; y: number }>;

export async function layoutBoard(board: Pick<Board, 'nodes' | 'edges'>): Promise<Positions> {
  const ids = new Set(board.nodes.map((node) => node.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '50',
      'elk.spacing.nodeNode': '28',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.partitioning.activate': 'true',
    },
    children: board.nodes.map((node) => ({
      id: node.id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      layoutOptions: { 'elk.partitioning.partition': String(COLUMN_OF_TYPE[node.type]) },
    })),
    edges: board.edges
      .filter((edge) => ids.has(edge.from) && ids.has(edge.to))
      .map((edge, index) => ({ id: `e${index}`, sources: [edge.from], targets: [edge.to] })),
  };
  const result = await elk.layout(graph);
  return Object.fromEntries((result.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}
