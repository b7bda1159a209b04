import type { BoardEdge, BoardNode } from '../../../shared/board/schema.ts';

/** Every node has the same box, so a layout never waits for the page to measure text. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 116;
/** Room between lanes for a short edge label, so a label never sits on a node. */
export const LANE_GAP = 170;
/** Between the sub-columns a long lane is folded into. */
export const SUB_COLUMN_GAP = 40;
export const ROW_GAP = 28;
export const ROW_PITCH = NODE_HEIGHT + ROW_GAP;

// Where a node's type stands is the board's own structure, shared with the synthetic boards.
export { LANE_COUNT, LANE_OF_TYPE } from '../../../shared/board/lanes.ts';

/** What a layout needs of a board: ids, types, chains and who connects to whom; no text. */
export interface LayoutInput {
  nodes: readonly Pick<BoardNode, 'id' | 'type' | 'chain'>[];
  edges: readonly Pick<BoardEdge, 'from' | 'to'>[];
}

export type Point = { x: number; y: number };
export type Positions = Record<string, Point>;

export function layoutInputOf(part: LayoutInput): LayoutInput {
  return {
    nodes: part.nodes.map(({ id, type, chain }) => ({ id, type, chain })),
    edges: part.edges.map(({ from, to }) => ({ from, to })),
  };
}

/** A node's box in flow units: the same for every node of one layout. */
export interface Box {
  width: number;
  height: number;
}
export const NODE_BOX: Box = { width: NODE_WIDTH, height: NODE_HEIGHT };
