import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../shared/board/neighbourhood.ts';
import { syntheticBoardVersion } from '../../../scripts/synthetic/board.ts';
import { LANE_OF_TYPE, NODE_HEIGHT, NODE_WIDTH, type Point, type Positions } from './geometry.ts';
import { LABEL_ROOM, labelPlaces } from './edgeLabels.ts';
import { laneLayout } from './laneLayout.ts';

function onANode(label: Point, positions: Positions): boolean {
  return Object.values(positions).some(
    (node) =>
      label.x + LABEL_ROOM / 2 > node.x &&
      label.x - LABEL_ROOM / 2 < node.x + NODE_WIDTH &&
      label.y + 15 > node.y &&
      label.y - 15 < node.y + NODE_HEIGHT,
  );
}

const withIds = (edges: { from: string; to: string }[]) => edges.map((edge, k) => ({ ...edge, id: `e${k}` }));

describe('edge labels', () => {
  it('sit between the lanes of an item view, one for every edge to the next lane', () => {
    const board = syntheticBoardVersion(300, 9);
    const part = neighbourhood(board, new Set(['n3_2', 'n3_5']));
    const { positions } = laneLayout(part);
    const edges = withIds(part.edges);
    const places = labelPlaces(edges, positions);
    const typeOf = new Map(part.nodes.map((node) => [node.id, node.type]));
    const nextLane = edges.filter(
      (edge) => LANE_OF_TYPE[typeOf.get(edge.to)!] === LANE_OF_TYPE[typeOf.get(edge.from)!] + 1,
    );
    expect(nextLane.length).toBeGreaterThan(2);
    for (const edge of nextLane) expect(places.has(edge.id), edge.id).toBe(true);
    for (const place of places.values()) expect(onANode(place, positions)).toBe(false);
  });

  it('are never on a node of a whole big board, whose lanes are folded into narrow sub-columns', () => {
    const board = syntheticBoardVersion(2000, 5);
    const { positions } = laneLayout(board);
    const places = labelPlaces(withIds(board.edges), positions);
    expect(places.size).toBeGreaterThan(0);
    for (const place of places.values()) expect(onANode(place, positions)).toBe(false);
  });

  it('are spread apart where several edges leave one node into the same band', () => {
    const positions = { a: { x: 0, y: 300 }, b: { x: 500, y: 290 }, c: { x: 500, y: 310 }, d: { x: 500, y: 330 } };
    const places = labelPlaces(
      withIds([
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
      ]),
      positions,
    );
    const ys = [...places.values()].map((place) => place.y).sort((p, q) => p - q);
    expect(ys).toHaveLength(3);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(30);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(30);
  });
});
