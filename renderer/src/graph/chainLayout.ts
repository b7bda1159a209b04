import { LANE_COUNT, LANE_OF_TYPE, type Box, type LayoutInput, type Positions } from './geometry.ts';

/**
 * The compact chain view of an item: its nodes and their neighbours in lanes from business need to
 * tool, sized to the pane so that every node is in view at zoom 1 with its label readable on a
 * projector. Flow units are screen pixels at zoom 1. Computed in the page in well under a
 * millisecond for an item's few dozen nodes, so an item's graph never waits for a worker.
 */

/** Compact node labels: the room reads them at this size (the target is at least 16 px). */
export const CHAIN_LABEL_PX = 17;
const LINE_HEIGHT = 20;
/** Padding and the highlighted node's border, above and below the label. */
const NODE_CHROME = 10;
const MIN_NODE_WIDTH = 80;
const MAX_NODE_WIDTH = 240;
const MIN_LANE_GAP = 20;
/** Room between lanes for an edge's short label, when the pane has it to spare. */
const LABELLED_LANE_GAP = 140;
const SUB_COLUMN_GAP = 6;
const ROW_GAP = 4;
/** Room around the nodes, and below them for the zoom buttons, in screen pixels. */
export const CHAIN_PADDING = { top: 8, right: 8, bottom: 44, left: 8 } as const;
const MAX_LINES = 3;

export type Lines = 1 | 2 | 3;

export interface ChainLayout {
  positions: Positions;
  box: Box;
  /** Label lines a node shows: as many as the pane has the height for, up to three. */
  lines: Lines;
  /** Whether everything fits the pane at zoom 1; if not, the view must zoom out. */
  fits: boolean;
}

interface Shape {
  rows: number;
  lines: Lines;
  columns: number[];
  width: number;
  gap: number;
  /** The zoom this shape would need to fit the pane. */
  zoom: number;
}

const nodeHeight = (lines: Lines) => lines * LINE_HEIGHT + NODE_CHROME;

/** Nodes of each lane in reading order: a node follows the nodes it connects to in the lanes before it. */
function lanesInOrder(input: LayoutInput): string[][] {
  const lanes: string[][] = Array.from({ length: LANE_COUNT }, () => []);
  input.nodes.forEach((node) => lanes[LANE_OF_TYPE[node.type]]!.push(node.id));
  const neighbours = new Map<string, string[]>();
  for (const { from, to } of input.edges) {
    neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
    neighbours.set(to, [...(neighbours.get(to) ?? []), from]);
  }
  const rank = new Map<string, number>();
  for (const lane of lanes) {
    const centre = (id: string) => {
      const ranked = (neighbours.get(id) ?? []).flatMap((other) => (rank.has(other) ? [rank.get(other)!] : []));
      return ranked.length > 0 ? ranked.reduce((sum, value) => sum + value, 0) / ranked.length : Infinity;
    };
    const centres = new Map(lane.map((id) => [id, centre(id)]));
    lane.sort((a, b) => centres.get(a)! - centres.get(b)!);
    lane.forEach((id, index) => rank.set(id, lane.length > 1 ? index / (lane.length - 1) : 0.5));
  }
  return lanes.filter((lane) => lane.length > 0);
}

function shapeOf(counts: number[], rows: number, lines: Lines, pane: Box): Shape {
  const columns = counts.map((count) => Math.ceil(count / rows));
  const total = columns.reduce((sum, value) => sum + value, 0);
  const gaps = (counts.length - 1) * MIN_LANE_GAP + (total - counts.length) * SUB_COLUMN_GAP;
  const free = pane.width - CHAIN_PADDING.left - CHAIN_PADDING.right - gaps;
  const width = Math.max(MIN_NODE_WIDTH, Math.min(MAX_NODE_WIDTH, free / total));
  // Width left over once the nodes are as wide as they get goes between the lanes, for edge labels.
  const spare = counts.length > 1 ? (free - width * total) / (counts.length - 1) : 0;
  const gap = Math.min(LABELLED_LANE_GAP, MIN_LANE_GAP + Math.max(0, spare));
  const needed = {
    width: width * total + gaps - (counts.length - 1) * (MIN_LANE_GAP - gap) + CHAIN_PADDING.left + CHAIN_PADDING.right,
    height: rows * nodeHeight(lines) + (rows - 1) * ROW_GAP + CHAIN_PADDING.top + CHAIN_PADDING.bottom,
  };
  const zoom = Math.min(1, pane.width / needed.width, pane.height / needed.height);
  return { rows, lines, columns, width, gap, zoom };
}

/** Text a node has room for: its lines times its width (more lines of a narrow box read worse, hence the power). */
const roomOf = (shape: Shape) => shape.lines ** 0.8 * shape.width;

/** The shape that fits at zoom 1 with the most room for each label; if none fits, the least zoom-out. */
function bestShape(counts: number[], pane: Box): Shape {
  const tallest = Math.max(...counts);
  const shapes: Shape[] = [];
  for (let lines = MAX_LINES; lines >= 1; lines--)
    for (let rows = tallest; rows >= 1; rows--) shapes.push(shapeOf(counts, rows, lines as Lines, pane));
  const fitting = shapes.filter((shape) => shape.zoom >= 1);
  if (fitting.length > 0) return fitting.reduce((best, shape) => (roomOf(shape) > roomOf(best) ? shape : best));
  return shapes.reduce((best, shape) => (shape.zoom > best.zoom ? shape : best));
}

export function chainLayout(input: LayoutInput, pane: Box): ChainLayout {
  const lanes = lanesInOrder(input);
  if (lanes.length === 0)
    return { positions: {}, box: { width: MAX_NODE_WIDTH, height: nodeHeight(2) }, lines: 2, fits: true };
  const shape = bestShape(
    lanes.map((lane) => lane.length),
    pane,
  );
  const box = { width: shape.width, height: nodeHeight(shape.lines) };
  const pitch = box.height + ROW_GAP;
  const positions: Positions = {};
  let left = CHAIN_PADDING.left;
  lanes.forEach((lane, index) => {
    const columns = shape.columns[index]!;
    for (let column = 0; column < columns; column++) {
      const ids = lane.slice(column * shape.rows, (column + 1) * shape.rows);
      // A short column sits in the middle of the tallest, so a chain reads straight across.
      const top = CHAIN_PADDING.top + ((shape.rows - ids.length) * pitch) / 2;
      const x = left + column * (box.width + SUB_COLUMN_GAP);
      ids.forEach((id, row) => (positions[id] = { x, y: top + row * pitch }));
    }
    left += columns * box.width + (columns - 1) * SUB_COLUMN_GAP + shape.gap;
  });
  return { positions, box, lines: shape.lines, fits: shape.zoom >= 1 };
}
