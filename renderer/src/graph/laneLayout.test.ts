import { describe, expect, it } from 'vitest';
import { syntheticBoard } from '../../../scripts/synthetic/board.ts';
import { LANE_OF_TYPE, NODE_HEIGHT, NODE_WIDTH, type LayoutInput, type Positions } from './geometry.ts';
import { laneLayout } from './laneLayout.ts';

type Node = LayoutInput['nodes'][number];
const node = (id: string, type: Node['type'], chain?: string): Node => ({ id, type, chain });

/** Pairs of edges between the same two lanes whose ends come in opposite orders. */
function crossings(input: LayoutInput, positions: Positions): number {
  const typeOf = new Map(input.nodes.map((n) => [n.id, n.type]));
  const laneOf = (id: string) => LANE_OF_TYPE[typeOf.get(id)!];
  const edges = input.edges.filter((edge) => laneOf(edge.to) === laneOf(edge.from) + 1);
  let count = 0;
  for (let a = 0; a < edges.length; a++)
    for (let b = a + 1; b < edges.length; b++) {
      const [p, q] = [edges[a]!, edges[b]!];
      if (laneOf(p.from) !== laneOf(q.from)) continue;
      const fromOrder = positions[p.from]!.y - positions[q.from]!.y;
      const toOrder = positions[p.to]!.y - positions[q.to]!.y;
      if (fromOrder * toOrder < 0) count++;
    }
  return count;
}

function overlaps(positions: Positions): number {
  const boxes = Object.values(positions).sort((a, b) => a.x - b.x || a.y - b.y);
  let count = 0;
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length && boxes[b]!.x < boxes[a]!.x + NODE_WIDTH; b++)
      if (Math.abs(boxes[b]!.y - boxes[a]!.y) < NODE_HEIGHT) count++;
  return count;
}

describe('the lane layout', () => {
  it('puts each node type in its lane, lanes left to right from business need to tool', () => {
    const input: LayoutInput = {
      nodes: [
        node('tool', 'tool-choice'),
        node('need', 'business-requirement'),
        node('capability', 'platform-capability'),
        node('limit', 'constraint'),
        node('requirement', 'technical-requirement'),
      ],
      edges: [],
    };
    const { positions, lanes } = laneLayout(input);
    expect(positions.need!.x).toBe(positions.limit!.x);
    expect(positions.need!.x).toBeLessThan(positions.requirement!.x);
    expect(positions.requirement!.x).toBeLessThan(positions.capability!.x);
    expect(positions.capability!.x).toBeLessThan(positions.tool!.x);
    expect(lanes.map((lane) => lane.lane)).toEqual([0, 1, 2, 3]);
    expect(overlaps(positions)).toBe(0);
  });

  it('leaves out empty lanes and still reads left to right', () => {
    const { positions, lanes } = laneLayout({
      nodes: [node('t', 'trigger'), node('tool', 'tool-choice')],
      edges: [{ from: 't', to: 'tool' }],
    });
    expect(lanes.map((lane) => lane.lane)).toEqual([0, 3]);
    expect(positions.t!.x).toBeLessThan(positions.tool!.x);
  });

  it('orders each lane by the nodes it connects to, undoing crossings of the board order', () => {
    const input: LayoutInput = {
      nodes: [
        node('a', 'business-requirement'),
        node('b', 'business-requirement'),
        node('c', 'business-requirement'),
        node('x', 'technical-requirement'),
        node('y', 'technical-requirement'),
        node('z', 'technical-requirement'),
        node('p', 'platform-capability'),
        node('q', 'platform-capability'),
      ],
      edges: [
        { from: 'a', to: 'z' },
        { from: 'b', to: 'y' },
        { from: 'c', to: 'x' },
        { from: 'z', to: 'q' },
        { from: 'x', to: 'p' },
      ],
    };
    const boardOrder = Object.fromEntries(input.nodes.map((n, index) => [n.id, { x: 0, y: index }]));
    expect(crossings(input, boardOrder)).toBeGreaterThan(0);
    expect(crossings(input, laneLayout(input).positions)).toBe(0);
  });

  it('keeps a chain together in its lane when the board lists chains interleaved', () => {
    const input: LayoutInput = {
      nodes: ['one', 'two', 'one', 'two', 'one', 'two'].map((chain, k) => node(`n${k}`, 'constraint', chain)),
      edges: [],
    };
    const { positions } = laneLayout(input);
    const order = [...input.nodes].sort((a, b) => positions[a.id]!.y - positions[b.id]!.y).map((n) => n.chain);
    expect(order).toEqual(['one', 'one', 'one', 'two', 'two', 'two']);
  });

  it('lines a node of a short lane up with the node it connects to', () => {
    const input: LayoutInput = {
      nodes: [
        ...Array.from({ length: 12 }, (_, k) => node(`cap${k}`, 'platform-capability')),
        node('tool', 'tool-choice'),
      ],
      edges: [{ from: 'cap9', to: 'tool' }],
    };
    const { positions } = laneLayout(input);
    expect(positions.tool!.y).toBe(positions.cap9!.y);
  });

  it('folds the lanes of a big board into sub-columns, so the whole board keeps a screen shape', () => {
    const board = syntheticBoard(5000);
    expect(board.nodes).toHaveLength(5000);
    const result = laneLayout(board);
    expect(Object.keys(result.positions)).toHaveLength(5000);
    expect(result.width / result.height).toBeGreaterThan(1);
    expect(result.width / result.height).toBeLessThan(2.5);
    expect(overlaps(result.positions)).toBe(0);
    // Lanes still follow one another left to right.
    for (const [a, b] of result.lanes.slice(1).map((lane, k) => [result.lanes[k]!, lane] as const))
      expect(a.x + a.width).toBeLessThan(b.x);
    for (const n of board.nodes) {
      const lane = result.lanes.find((candidate) => candidate.lane === LANE_OF_TYPE[n.type])!;
      expect(result.positions[n.id]!.x).toBeGreaterThanOrEqual(lane.x);
      expect(result.positions[n.id]!.x + NODE_WIDTH).toBeLessThanOrEqual(lane.x + lane.width);
    }
  });

  it('gives the same layout for the same board, and reports its progress up to the end', () => {
    const board = syntheticBoard(500, 7);
    const steps: number[] = [];
    const first = laneLayout(board, (fraction) => steps.push(fraction));
    expect(laneLayout(board)).toEqual(first);
    expect(steps.at(-1)).toBe(1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });
});
