import { describe, expect, it } from 'vitest';
import { DIMMED, MATCHED } from './flags.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry.ts';
import { overviewPaths } from './overview.ts';

const nodes = [
  { id: 'need', type: 'business-requirement' as const },
  { id: 'tool', type: 'tool-choice' as const },
  { id: 'other', type: 'tool-choice' as const },
  { id: 'unplaced', type: 'constraint' as const },
];
const positions = { need: { x: 0, y: 0 }, tool: { x: 600, y: 40 }, other: { x: 600, y: 300 } };

describe('the overview of a big board', () => {
  it('draws each placed node as a box in its lane, and each connection between placed nodes as a line', () => {
    const paths = overviewPaths(
      nodes,
      [
        { source: 'need', target: 'tool' },
        { source: 'need', target: 'unplaced' },
      ],
      positions,
      new Map(),
    );
    expect(paths.lanes[0]).toBe(`M0 0h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`);
    expect(paths.lanes[3]).toBe(
      `M600 40h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}zM600 300h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`,
    );
    expect(paths.lanes[1]).toBe('');
    expect(paths.edges).toBe(`M${NODE_WIDTH} ${NODE_HEIGHT / 2}L600 ${40 + NODE_HEIGHT / 2}`);
  });

  it('sets found nodes apart and dims the ones a filter leaves out', () => {
    const flags = new Map([
      ['tool', MATCHED],
      ['other', DIMMED],
    ]);
    const paths = overviewPaths(nodes, [], positions, flags);
    expect(paths.accented).toContain('M600 40h');
    expect(paths.dimmedLanes[3]).toContain('M600 300h');
    expect(paths.lanes[3]).toBe('');
    expect(paths.lanes[0]).toContain('M0 0h');
  });
});
