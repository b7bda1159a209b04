import { LANE_COUNT, LANE_OF_TYPE, type Box, type LayoutInput, type Positions } from './geometry.ts';
import type { Bounds } from './lanes.ts';

/**
 * The compact chain view of an item: its nodes and their neighbours in lanes from business need to
 * tool, sized to the pane so that every node is in view with its label at least 16 px on the
 * screen. Flow units are screen pixels at zoom 1. Computed in the page in well under a millisecond
 * for an item's few dozen nodes, so an item's graph never waits for a worker.
 */

/** Compact node labels at zoom 1. */
export const CHAIN_LABEL_PX = 17;
/** The least size of a label on the screen: the room reads it on a projector. */
export const READABLE_LABEL_PX = 16;
/** The least zoom the view may take: labels are then still READABLE_LABEL_PX on the screen (with room for rounding). */
export const CHAIN_MIN_ZOOM = (READABLE_LABEL_PX + 0.05) / CHAIN_LABEL_PX;
const LINE_HEIGHT = 20;
/** Padding and the highlighted node's border, above and below the label (see graph.css). */
const NODE_CHROME = 8;
/** A node narrower than this shows a few letters of its label: only for the biggest items in a small pane. */
const MIN_NODE_WIDTH = 48;
const MAX_NODE_WIDTH = 240;
const MIN_LANE_GAP = 16;
/** Room between lanes for an edge's short label, when the pane has it to spare. */
const LABELLED_LANE_GAP = 140;
/**
 * A lane's heading spans the lane and the gap after it, in 16 px type on at most two lines (the
 * last one's the pane's width right of its lane): a lane takes at least this much width, so its
 * short name, broken only at a soft hyphen ("Ca-pa-ci-tei-ten", "Ge-reed-schap"), needs no third
 * line that would take the graph's height. Layer 0 with triggers has two names, and more to say.
 */
const MIN_LANE_PITCH = 92;
const MIN_LAST_LANE_PITCH = 92;
const MIN_TWO_NAME_LANE_PITCH = 128;
const SUB_COLUMN_GAP = 4;
const ROW_GAP = 4;
/** Room around the nodes, and below them for the zoom buttons (41 px with their margin, at the least zoom too). */
export const CHAIN_PADDING = { top: 6, right: 6, bottom: 44, left: 6 } as const;
const MAX_LINES = 3;

export type Lines = 1 | 2 | 3;

export interface ChainLayout {
  positions: Positions;
  box: Box;
  /** Label lines a node shows: as many as the pane has the room for, up to three. */
  lines: Lines;
  /** What the view shows whole: the nodes, the room the lane headings need, and the padding. */
  extent: Bounds;
  /** The zoom that shows the extent in the pane; at least CHAIN_MIN_ZOOM unless the part is too big for it. */
  zoom: number;
}

interface Shape {
  rows: number;
  lines: Lines;
  columns: number[];
  width: number;
  /** Each lane's gap to the next (the last one's to the pane's edge, at least the right padding). */
  gaps: number[];
  extent: Bounds;
  /** The zoom this shape needs to fit the pane (at most 1: a shape is never laid out smaller than the pane). */
  zoom: number;
}

const nodeHeight = (lines: Lines) => lines * LINE_HEIGHT + NODE_CHROME;

interface ChainLane {
  /** The lane's nodes in reading order. */
  ids: string[];
  /** The least width of the lane with its gap after it, for its heading. */
  pitch: number;
}

/** Nodes of each lane in reading order: a node follows the nodes it connects to in the lanes before it. */
function lanesInOrder(input: LayoutInput): ChainLane[] {
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
  const shown = lanes.flatMap((ids, index) => (ids.length > 0 ? [{ ids, index }] : []));
  return shown.map(({ ids, index }, at) => ({ ids, pitch: headingPitch(input, index, at === shown.length - 1) }));
}

/** Room for the lane's heading: Layer 0 with triggers is named for both. */
function headingPitch(input: LayoutInput, lane: number, last: boolean): number {
  if (last) return MIN_LAST_LANE_PITCH;
  const types = new Set(input.nodes.filter((node) => LANE_OF_TYPE[node.type] === lane).map((node) => node.type));
  return types.has('trigger') && types.size > 1 ? MIN_TWO_NAME_LANE_PITCH : MIN_LANE_PITCH;
}

const laneSpan = (count: number, width: number) => count * width + (count - 1) * SUB_COLUMN_GAP;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

interface LaneShape {
  columns: number;
  /** The least width of the lane with its gap: room for its heading. */
  pitch: number;
}

/** Each lane's gap after it for nodes of this width: the least gap, widened so the lane's heading has its room. */
function gapsFor(lanes: LaneShape[], width: number): number[] {
  return lanes.map((lane, index) => {
    const least = index === lanes.length - 1 ? CHAIN_PADDING.right : MIN_LANE_GAP;
    return Math.max(least, lane.pitch - laneSpan(lane.columns, width));
  });
}

const widthOf = (lanes: LaneShape[], width: number, gaps: number[]) =>
  CHAIN_PADDING.left + sum(lanes.map((lane) => laneSpan(lane.columns, width))) + sum(gaps);

/**
 * The widest nodes (within the limits) whose lanes fit the pane's width; the least if none does. The
 * lanes' width grows with the nodes' in straight pieces (a lane held at its heading's room does not
 * grow until its nodes need more), so the answer lies on the piece that crosses the pane's width.
 */
function nodeWidthFor(lanes: LaneShape[], paneWidth: number): number {
  const need = (width: number) => widthOf(lanes, width, gapsFor(lanes, width));
  const bends = lanes.map((lane, index) => {
    const least = index === lanes.length - 1 ? CHAIN_PADDING.right : MIN_LANE_GAP;
    return (lane.pitch - least - (lane.columns - 1) * SUB_COLUMN_GAP) / lane.columns;
  });
  const points = [
    MIN_NODE_WIDTH,
    ...bends.filter((bend) => bend > MIN_NODE_WIDTH && bend < MAX_NODE_WIDTH),
    MAX_NODE_WIDTH,
  ];
  points.sort((a, b) => a - b);
  if (need(MAX_NODE_WIDTH) <= paneWidth) return MAX_NODE_WIDTH;
  if (need(MIN_NODE_WIDTH) > paneWidth) return MIN_NODE_WIDTH;
  const at = points.findIndex((point) => need(point) > paneWidth);
  const [narrow, wide] = [points[at - 1]!, points[at]!];
  const width = narrow + ((paneWidth - need(narrow)) * (wide - narrow)) / (need(wide) - need(narrow));
  return Math.floor(width);
}

/** Node widths by the lanes' column counts: many shapes share them, and only their height differs. */
type WidthMemo = Map<string, number>;

function shapeOf(lanes: ChainLane[], rows: number, lines: Lines, pane: Box, widths: WidthMemo): Shape {
  const shapes = lanes.map((lane) => ({ columns: Math.ceil(lane.ids.length / rows), pitch: lane.pitch }));
  const key = shapes.map((shape) => shape.columns).join(' ');
  const width = widths.get(key) ?? nodeWidthFor(shapes, pane.width);
  widths.set(key, width);
  const gaps = gapsFor(shapes, width);
  // Width the pane has over goes between the lanes, for edge labels.
  const spare = pane.width - widthOf(shapes, width, gaps);
  for (let index = 0; spare > 0 && index < gaps.length - 1; index++)
    gaps[index] = Math.max(gaps[index]!, Math.min(LABELLED_LANE_GAP, MIN_LANE_GAP + spare / (gaps.length - 1)));
  const extent = {
    x: 0,
    y: 0,
    width: widthOf(shapes, width, gaps),
    height: rows * nodeHeight(lines) + (rows - 1) * ROW_GAP + CHAIN_PADDING.top + CHAIN_PADDING.bottom,
  };
  const zoom = Math.min(1, pane.width / extent.width, pane.height / extent.height);
  return { rows, lines, columns: shapes.map((shape) => shape.columns), width, gaps, extent, zoom };
}

/**
 * How much of its label a node shows on the screen: letters per line times lines, less the end of
 * each line a word break leaves empty (so three lines of four letters read worse than one of ten).
 */
const roomOf = (shape: Shape) => shape.lines * Math.max(0, (shape.width - 14) * shape.zoom - 20);

/**
 * The shape with the most room for each label on the screen among those that fit the pane with
 * labels readable (zoomed out a little at most); if none does, the least zoom-out.
 */
function bestShape(lanes: ChainLane[], pane: Box): Shape {
  const tallest = Math.max(...lanes.map((lane) => lane.ids.length));
  const shapes: Shape[] = [];
  const widths: WidthMemo = new Map();
  for (let lines = MAX_LINES; lines >= 1; lines--)
    for (let rows = tallest; rows >= 1; rows--) shapes.push(shapeOf(lanes, rows, lines as Lines, pane, widths));
  const roomiest = (among: Shape[]) => among.reduce((best, shape) => (roomOf(shape) > roomOf(best) ? shape : best));
  const readable = shapes.filter((shape) => shape.zoom >= CHAIN_MIN_ZOOM);
  if (readable.length > 0) return roomiest(readable);
  return shapes.reduce((best, shape) => (shape.zoom > best.zoom ? shape : best));
}

export function chainLayout(input: LayoutInput, pane: Box): ChainLayout {
  const lanes = lanesInOrder(input);
  if (lanes.length === 0) {
    const box = { width: MAX_NODE_WIDTH, height: nodeHeight(2) };
    return { positions: {}, box, lines: 2, extent: { x: 0, y: 0, ...box }, zoom: 1 };
  }
  const shape = bestShape(lanes, pane);
  const box = { width: shape.width, height: nodeHeight(shape.lines) };
  const pitch = box.height + ROW_GAP;
  const positions: Positions = {};
  let left = CHAIN_PADDING.left;
  lanes.forEach(({ ids: lane }, index) => {
    const columns = shape.columns[index]!;
    for (let column = 0; column < columns; column++) {
      const ids = lane.slice(column * shape.rows, (column + 1) * shape.rows);
      // A short column sits in the middle of the tallest, so a chain reads straight across.
      const top = CHAIN_PADDING.top + ((shape.rows - ids.length) * pitch) / 2;
      const x = left + column * (box.width + SUB_COLUMN_GAP);
      ids.forEach((id, row) => (positions[id] = { x, y: top + row * pitch }));
    }
    left += laneSpan(columns, box.width) + shape.gaps[index]!;
  });
  return { positions, box, lines: shape.lines, extent: shape.extent, zoom: shape.zoom };
}
