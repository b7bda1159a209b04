import { NODE_BOX, type Box, type Point, type Positions } from './geometry.ts';

/**
 * Where an edge's short label goes: in the free band between two columns of nodes, never on a
 * node. A band too narrow for a label gets none; the full text is in the graph's caption anyway.
 */

/** The widest short label ("alternatief", "leads to") with its padding, in flow units. */
export const LABEL_ROOM = 120;
const LABEL_HEIGHT = 30;

type Band = { from: number; to: number };

/** The x-ranges between columns of nodes, plus an open band right of the last column. */
function freeBands(positions: Positions, box: Box, open: boolean): Band[] {
  const spans = Object.values(positions)
    .map((point) => [point.x, point.x + box.width] as const)
    .sort((a, b) => a[0] - b[0]);
  const bands: Band[] = [];
  let reach = -Infinity;
  for (const [left, right] of spans) {
    if (left > reach && reach > -Infinity) bands.push({ from: reach, to: left });
    reach = Math.max(reach, right);
  }
  if (reach > -Infinity && open) bands.push({ from: reach, to: Infinity });
  return bands;
}

/** The point of React Flow's bezier (right handle to left handle) at a given x, found by bisection. */
function curveYAt(source: Point, target: Point, x: number): number {
  const offset = 0.5 * (target.x - source.x);
  const xs = [source.x, source.x + offset, target.x - offset, target.x];
  const ys = [source.y, source.y, target.y, target.y];
  const at = (values: number[], t: number) =>
    (1 - t) ** 3 * values[0]! +
    3 * (1 - t) ** 2 * t * values[1]! +
    3 * (1 - t) * t ** 2 * values[2]! +
    t ** 3 * values[3]!;
  let low = 0;
  let high = 1;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (at(xs, middle) < x) low = middle;
    else high = middle;
  }
  return at(ys, (low + high) / 2);
}

const wideEnough = (band: Band) => band.to - band.from >= LABEL_ROOM;

interface Placed {
  id: string;
  /** Labels that start from the same node into the same band are spread so they do not cover each other. */
  group: string;
  x: number;
  y: number;
}

function place(
  edge: { id: string; from: string; to: string },
  positions: Positions,
  bands: Band[],
  box: Box,
): Placed | null {
  const from = positions[edge.from];
  const to = positions[edge.to];
  if (!from || !to) return null;
  const source = { x: from.x + box.width, y: from.y + box.height / 2 };
  const target = { x: to.x, y: to.y + box.height / 2 };
  if (target.x > source.x) {
    // Forward: the band right after the source, if the edge crosses it.
    const band = bands.find((candidate) => candidate.from >= source.x - 1);
    if (!band || !wideEnough(band) || band.to > target.x + 1) return null;
    const x = (band.from + band.to) / 2;
    return { id: edge.id, group: `${edge.from}>${x}`, x, y: curveYAt(source, target, x) };
  }
  // Backward or within a column: the band right of the source's column, level between the two ends.
  const band = bands.find((candidate) => candidate.from >= source.x - 1);
  if (!band || !wideEnough(band)) return null;
  const x = Number.isFinite(band.to) ? (band.from + band.to) / 2 : band.from + LABEL_ROOM / 2 + 10;
  return { id: edge.id, group: `${edge.from}>${x}`, x, y: (source.y + target.y) / 2 };
}

/** Label points by edge id, for the edges that get a label. */
export function labelPlaces(
  edges: readonly { id: string; from: string; to: string }[],
  positions: Positions,
  box: Box = NODE_BOX,
  /** Whether labels may go right of the last column (not where the view is fitted to the nodes). */
  openRight = true,
): Map<string, Point> {
  const bands = freeBands(positions, box, openRight);
  const groups = new Map<string, Placed[]>();
  for (const edge of edges) {
    const placed = place(edge, positions, bands, box);
    if (!placed) continue;
    const group = groups.get(placed.group);
    if (group) group.push(placed);
    else groups.set(placed.group, [placed]);
  }
  const places = new Map<string, Point>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.y - b.y);
    for (let k = 1; k < group.length; k++) group[k]!.y = Math.max(group[k]!.y, group[k - 1]!.y + LABEL_HEIGHT);
    for (const label of group) places.set(label.id, { x: label.x, y: label.y });
  }
  return places;
}
