import { describe, expect, it } from 'vitest';
import { CHAIN_LABEL_PX, CHAIN_MIN_ZOOM, CHAIN_PADDING, chainLayout, READABLE_LABEL_PX } from './chainLayout.ts';
import { LANE_OF_TYPE, type Box, type LayoutInput } from './geometry.ts';

type Node = LayoutInput['nodes'][number];
const TYPES: Node['type'][] = ['business-requirement', 'technical-requirement', 'platform-capability', 'tool-choice'];

/** A chain part: `counts[lane]` nodes per lane, each node linked to the first node of the lane before. */
function part(counts: number[]): LayoutInput {
  const nodes = counts.flatMap((count, lane) =>
    Array.from({ length: count }, (_, index) => ({ id: `n${lane}_${index}`, type: TYPES[lane]! })),
  );
  const edges = nodes
    .filter((node) => LANE_OF_TYPE[node.type] > 0)
    .map((node) => ({
      from: `n${LANE_OF_TYPE[node.type] - 1}_0`,
      to: node.id,
    }));
  return { nodes, edges };
}

function laneXs(positions: Record<string, { x: number }>, lane: number, counts: number[]): number[] {
  return Array.from({ length: counts[lane]! }, (_, index) => positions[`n${lane}_${index}`]!.x);
}

function boxesOverlap(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  return a.x < b.x + box.width && b.x < a.x + box.width && a.y < b.y + box.height && b.y < a.y + box.height;
}

const PANE: Box = { width: 567, height: 448 };
/** The item view's graph pane at 1280x720, beside the agenda and the two-column item. */
const NARROW_PANE: Box = { width: 386, height: 406 };

describe('the compact chain view', () => {
  for (const counts of [
    [1, 1, 1, 1],
    [3, 1, 4, 4],
    [7, 3, 4, 8],
    [3, 1, 12, 1],
    [2, 0, 5, 0],
  ])
    it(`places every node of ${counts.join('/')} inside the pane with readable labels, with no two on each other`, () => {
      const input = part(counts);
      const layout = chainLayout(input, PANE);
      expect(layout.zoom).toBeGreaterThanOrEqual(CHAIN_MIN_ZOOM);
      const placed = Object.entries(layout.positions);
      expect(placed.map(([id]) => id).sort()).toEqual(input.nodes.map((node) => node.id).sort());
      for (const [id, at] of placed) {
        expect(at.x, id).toBeGreaterThanOrEqual(CHAIN_PADDING.left);
        expect(at.y, id).toBeGreaterThanOrEqual(CHAIN_PADDING.top);
        expect(at.x + layout.box.width, id).toBeLessThanOrEqual(PANE.width / layout.zoom - CHAIN_PADDING.right + 0.001);
        expect(at.y + layout.box.height, id).toBeLessThanOrEqual(
          PANE.height / layout.zoom - CHAIN_PADDING.bottom + 0.001,
        );
      }
      for (let a = 0; a < placed.length; a++)
        for (let b = a + 1; b < placed.length; b++)
          expect(boxesOverlap(placed[a]![1], placed[b]![1], layout.box), `${placed[a]![0]} on ${placed[b]![0]}`).toBe(
            false,
          );
    });

  it('reads left to right: every node of a lane lies left of every node of the next lane', () => {
    const input = part([4, 3, 6, 5]);
    const { positions, box } = chainLayout(input, PANE);
    const byLane = [0, 1, 2, 3].map((lane) =>
      input.nodes.filter((node) => LANE_OF_TYPE[node.type] === lane).map((node) => positions[node.id]!.x),
    );
    for (let lane = 1; lane < 4; lane++)
      expect(Math.max(...byLane[lane - 1]!) + box.width).toBeLessThan(Math.min(...byLane[lane]!));
  });

  it('gives a few nodes wide boxes with several label lines, and many nodes fewer lines', () => {
    const few = chainLayout(part([1, 1, 1, 1]), PANE);
    const many = chainLayout(part([7, 3, 4, 8]), PANE);
    expect(few.lines).toBeGreaterThan(many.lines);
    expect(chainLayout(part([1, 0, 0, 1]), PANE).box.width).toBeGreaterThan(few.box.width);
  });

  for (const counts of [
    [12, 5, 24, 12],
    [4, 2, 3, 12],
    [3, 1, 12, 1],
    [7, 3, 12, 5],
    [1, 1, 1, 1],
  ])
    it(`fits ${counts.join('/')} in the narrow pane with labels of at least 16 px, lanes wide enough for their headings`, () => {
      const layout = chainLayout(part(counts), NARROW_PANE);
      expect(layout.zoom).toBeGreaterThanOrEqual(CHAIN_MIN_ZOOM);
      expect(CHAIN_LABEL_PX * layout.zoom).toBeGreaterThanOrEqual(READABLE_LABEL_PX);
      expect(layout.extent.width * layout.zoom).toBeLessThanOrEqual(NARROW_PANE.width + 0.001);
      expect(layout.extent.height * layout.zoom).toBeLessThanOrEqual(NARROW_PANE.height + 0.001);
      for (const at of Object.values(layout.positions)) {
        expect(at.x + layout.box.width).toBeLessThanOrEqual(layout.extent.width - CHAIN_PADDING.right + 0.001);
        expect(at.y + layout.box.height).toBeLessThanOrEqual(layout.extent.height - CHAIN_PADDING.bottom + 0.001);
      }
      const lefts = [0, 1, 2, 3].map((lane) => Math.min(...laneXs(layout.positions, lane, counts)));
      for (let lane = 1; lane < 4; lane++)
        expect((lefts[lane]! - lefts[lane - 1]!) * layout.zoom, `lane ${lane - 1}`).toBeGreaterThanOrEqual(86);
    });

  // The graph shown large (G) at 1280x720: the workspace below the toolbar, less the heading row and the caption.
  const LARGE_PANE: Box = { width: 1280, height: 420 };
  for (const counts of [
    [4, 2, 3, 12],
    [7, 3, 12, 5],
    [5, 1, 5, 4],
  ])
    it(`gives ${counts.join('/')} more room per label in the large pane than in the narrow one, still readable`, () => {
      const narrow = chainLayout(part(counts), NARROW_PANE);
      const large = chainLayout(part(counts), LARGE_PANE);
      expect(large.zoom).toBeGreaterThanOrEqual(CHAIN_MIN_ZOOM);
      // The room a label has on the screen: its width on the screen times its lines.
      const room = (layout: typeof large) => layout.box.width * layout.zoom * layout.lines;
      expect(room(large)).toBeGreaterThanOrEqual(2 * room(narrow));
    });

  it('says so when a part is too big for the pane even zoomed out to the least readable size', () => {
    const layout = chainLayout(part([20, 10, 20, 20]), { width: 300, height: 300 });
    expect(layout.zoom).toBeLessThan(CHAIN_MIN_ZOOM);
  });

  it('places nothing for an empty part', () => {
    expect(chainLayout({ nodes: [], edges: [] }, PANE).positions).toEqual({});
  });
});
