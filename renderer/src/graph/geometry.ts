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

/** The lanes, from business need to tool, so every chain reads left to right. */
export const LANE_OF_TYPE: Record<BoardNode['type'], number> = {
  'business-requirement': 0,
  constraint: 0,
  principle: 0,
  trigger: 0,
  'technical-requirement': 1,
  'platform-capability': 2,
  'tool-choice': 3,
};
export const LANE_COUNT = 4;

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
