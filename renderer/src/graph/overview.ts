import type { BoardNode } from '../../../shared/board/schema.ts';
import { DIMMED, HIGHLIGHTED, MATCHED, PICKED } from './flags.ts';
import { LANE_COUNT, LANE_OF_TYPE, NODE_HEIGHT, NODE_WIDTH, type Positions } from './geometry.ts';

/** The whole of a big board as a handful of SVG paths, drawn at once however many nodes it has. */
export interface OverviewPaths {
  /** Per lane, the boxes of its nodes that stand out of nothing. */
  lanes: string[];
  /** Per lane, the boxes of its nodes a filter leaves out. */
  dimmedLanes: string[];
  /** Boxes of the nodes a search or filter found, or the item under discussion is about. */
  accented: string;
  /** Every connection as a straight line, from the right side of one box to the left side of the other. */
  edges: string;
}

const ACCENT = MATCHED | HIGHLIGHTED | PICKED;
const box = (x: number, y: number) => `M${x} ${y}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`;

export function overviewPaths(
  nodes: readonly Pick<BoardNode, 'id' | 'type'>[],
  edges: readonly { source: string; target: string }[],
  positions: Positions,
  flags: ReadonlyMap<string, number>,
): OverviewPaths {
  const lanes: string[][] = Array.from({ length: LANE_COUNT }, () => []);
  const dimmedLanes: string[][] = Array.from({ length: LANE_COUNT }, () => []);
  const accented: string[] = [];
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const nodeFlags = flags.get(node.id) ?? 0;
    const lane = LANE_OF_TYPE[node.type];
    const into = nodeFlags & ACCENT ? accented : nodeFlags & DIMMED ? dimmedLanes[lane]! : lanes[lane]!;
    into.push(box(at.x, at.y));
  }
  const lines: string[] = [];
  for (const { source, target } of edges) {
    const from = positions[source];
    const to = positions[target];
    if (from && to) lines.push(`M${from.x + NODE_WIDTH} ${from.y + NODE_HEIGHT / 2}L${to.x} ${to.y + NODE_HEIGHT / 2}`);
  }
  return {
    lanes: lanes.map((parts) => parts.join('')),
    dimmedLanes: dimmedLanes.map((parts) => parts.join('')),
    accented: accented.join(''),
    edges: lines.join(''),
  };
}
