import type { BoardNode } from '../../../shared/board/schema.ts';
import { LANE_OF_TYPE, NODE_BOX, type Box, type Positions } from './geometry.ts';

export interface Lane {
  lane: number;
  x: number;
  width: number;
  /** The node types in it, for its heading. */
  types: Set<BoardNode['type']>;
}

/** The lanes of a laid-out part of a board, from where its nodes are (whichever layout placed them). */
export function lanesOf(
  nodes: readonly Pick<BoardNode, 'id' | 'type'>[],
  positions: Positions,
  box: Box = NODE_BOX,
): Lane[] {
  const lanes = new Map<number, Lane & { right: number }>();
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const index = LANE_OF_TYPE[node.type];
    const lane = lanes.get(index);
    if (!lane)
      lanes.set(index, { lane: index, x: at.x, width: 0, right: at.x + box.width, types: new Set([node.type]) });
    else {
      lane.x = Math.min(lane.x, at.x);
      lane.right = Math.max(lane.right, at.x + box.width);
      lane.types.add(node.type);
    }
  }
  return [...lanes.values()]
    .sort((a, b) => a.lane - b.lane)
    .map(({ right, ...lane }) => ({ ...lane, width: right - lane.x }));
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around every node. */
export function boundsOf(positions: Positions, box: Box = NODE_BOX): Bounds {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id in positions) {
    const { x, y } = positions[id]!;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + box.width);
    bottom = Math.max(bottom, y + box.height);
  }
  return left === Infinity
    ? { x: 0, y: 0, width: 0, height: 0 }
    : { x: left, y: top, width: right - left, height: bottom - top };
}
