import {
  LANE_COUNT,
  LANE_GAP,
  LANE_OF_TYPE,
  NODE_WIDTH,
  ROW_PITCH,
  SUB_COLUMN_GAP,
  type LayoutInput,
  type Positions,
} from './geometry.ts';

/**
 * The layout for boards of any size, in time that grows about linearly with the board: one lane
 * per node type (business need to tool, left to right), the order within a lane by a few
 * barycentre sweeps over the edges (a node moves towards the nodes it connects to), and a lane
 * longer than the board is high folded into sub-columns, so the whole board keeps a screen's shape.
 */

export const LANE_LAYOUT_VERSION = 1;
/** Sweeps left to right and back; crossings barely drop after a few. */
const SWEEPS = 4;
/** Lanes up to this many nodes stay one column: a chain then reads straight across. */
const MIN_ROWS = 12;
/** Width to height of the whole board that a long lane is folded towards. */
const TARGET_ASPECT = 1.6;

interface LaneNode {
  id: string;
  lane: number;
  /** Board order, the tie-breaker that keeps the layout the same for the same board. */
  index: number;
  /** The node's place in its lane as a fraction (0 top, 1 bottom), what the sweeps compare. */
  rank: number;
  neighbours: LaneNode[];
}

export interface LaneLayoutResult {
  positions: Positions;
  /** Lanes that hold nodes: their column, left edge and width. */
  lanes: { lane: number; x: number; width: number }[];
  width: number;
  height: number;
}

type Progress = (fraction: number) => void;

/** Lanes in their first order: chain by chain (chains in order of first appearance), then as on the board. */
function buildLanes(input: LayoutInput): LaneNode[][] {
  const chainOrder = new Map<string, number>();
  for (const node of input.nodes) {
    const chain = node.chain ?? '';
    if (!chainOrder.has(chain)) chainOrder.set(chain, chainOrder.size);
  }
  const byId = new Map<string, LaneNode>();
  const lanes: LaneNode[][] = Array.from({ length: LANE_COUNT }, () => []);
  input.nodes.forEach((node, index) => {
    const laneNode: LaneNode = { id: node.id, lane: LANE_OF_TYPE[node.type], index, rank: 0, neighbours: [] };
    byId.set(node.id, laneNode);
    lanes[laneNode.lane]!.push(laneNode);
  });
  for (const edge of input.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || from === to) continue;
    from.neighbours.push(to);
    to.neighbours.push(from);
  }
  const chainOf = (node: LaneNode) => chainOrder.get(input.nodes[node.index]!.chain ?? '')!;
  for (const lane of lanes) {
    lane.sort((a, b) => chainOf(a) - chainOf(b) || a.index - b.index);
    setRanks(lane);
  }
  return lanes;
}

function setRanks(lane: LaneNode[]): void {
  const span = Math.max(1, lane.length - 1);
  lane.forEach((node, position) => (node.rank = lane.length === 1 ? 0.5 : position / span));
}

/** Reorders a lane by the mean rank of each node's neighbours in the lanes `towards` says; others keep their place. */
function sweepLane(lane: LaneNode[], towards: (neighbour: LaneNode) => boolean): void {
  const key = new Map<LaneNode, number>();
  for (const node of lane) {
    let sum = 0;
    let count = 0;
    for (const neighbour of node.neighbours)
      if (towards(neighbour)) {
        sum += neighbour.rank;
        count++;
      }
    key.set(node, count > 0 ? sum / count : node.rank);
  }
  lane.sort((a, b) => key.get(a)! - key.get(b)! || a.rank - b.rank || a.index - b.index);
  setRanks(lane);
}

function orderLanes(lanes: LaneNode[][], progress: Progress): void {
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let lane = 1; lane < LANE_COUNT; lane++) sweepLane(lanes[lane]!, (other) => other.lane < lane);
    for (let lane = LANE_COUNT - 2; lane >= 0; lane--) sweepLane(lanes[lane]!, (other) => other.lane > lane);
    progress(((sweep + 1) / SWEEPS) * 0.8);
  }
}

/** How many rows a lane may use: enough that the board is about as wide as a screen, never below MIN_ROWS. */
function rowsFor(sizes: number[]): number {
  const longest = Math.max(0, ...sizes);
  if (longest <= MIN_ROWS) return Math.max(1, longest);
  const shapeAt = (rows: number) => {
    const columns = sizes.reduce((sum, size) => sum + Math.ceil(size / rows), 0);
    const width = columns * NODE_WIDTH + (sizes.length - 1) * LANE_GAP;
    return Math.abs(Math.log(width / (rows * ROW_PITCH) / TARGET_ASPECT));
  };
  // The misfit falls and then rises with the row count; a binary search on its slope finds the bottom.
  let low = MIN_ROWS;
  let high = longest;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (shapeAt(middle) <= shapeAt(middle + 1)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Where a short lane's nodes want to be: level with their neighbours, in lane order, never overlapping. */
function settle(lane: LaneNode[], placed: Positions, rows: number): number[] {
  const bottom = (rows - 1) * ROW_PITCH;
  const wanted = lane.map((node, position) => {
    const ys = node.neighbours.flatMap((neighbour) => (placed[neighbour.id] ? [placed[neighbour.id]!.y] : []));
    return ys.length > 0 ? ys.reduce((a, b) => a + b, 0) / ys.length : position * ROW_PITCH;
  });
  const ys = wanted.map((y) => Math.min(bottom, Math.max(0, y)));
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + ROW_PITCH);
  for (let k = ys.length - 1; k >= 0; k--)
    ys[k] = Math.min(ys[k]!, k === ys.length - 1 ? bottom : ys[k + 1]! - ROW_PITCH);
  return ys;
}

function place(lanes: LaneNode[][]): LaneLayoutResult {
  const used = lanes.filter((lane) => lane.length > 0);
  const rows = rowsFor(used.map((lane) => lane.length));
  const positions: Positions = {};
  const result: LaneLayoutResult['lanes'] = [];
  // Long lanes first, so a short lane can line its nodes up with the neighbours already placed.
  const xs = new Map<LaneNode[], number>();
  let x = 0;
  for (const lane of used) {
    const columns = Math.ceil(lane.length / rows);
    const width = columns * NODE_WIDTH + (columns - 1) * SUB_COLUMN_GAP;
    xs.set(lane, x);
    result.push({ lane: lane[0]!.lane, x, width });
    x += width + LANE_GAP;
  }
  for (const lane of [...used].sort((a, b) => b.length - a.length)) {
    const left = xs.get(lane)!;
    if (lane.length >= rows) {
      lane.forEach((node, position) => {
        const column = Math.floor(position / rows);
        positions[node.id] = {
          x: left + column * (NODE_WIDTH + SUB_COLUMN_GAP),
          y: (position % rows) * ROW_PITCH,
        };
      });
    } else {
      const ys = settle(lane, positions, rows);
      lane.forEach((node, position) => (positions[node.id] = { x: left, y: ys[position]! }));
    }
  }
  const width = Math.max(0, x - LANE_GAP);
  return { positions, lanes: result, width, height: rows * ROW_PITCH };
}

export function laneLayout(input: LayoutInput, progress: Progress = () => {}): LaneLayoutResult {
  const lanes = buildLanes(input);
  orderLanes(lanes, progress);
  const result = place(lanes);
  progress(1);
  return result;
}
