import { describe, expect, it } from 'vitest';
import { areasOf } from './areas.ts';
import { NODE_BOX } from './geometry.ts';

const node = (id: string, type: 'business-requirement' | 'tool-choice', chain?: string) => ({
  id,
  type,
  chain,
  label: { nl: `${id} nl`, en: `${id} en` },
});

describe('the areas of a board seen whole', () => {
  const nodes = [
    node('tool_a', 'tool-choice', 'a'),
    node('br_a', 'business-requirement', 'a'),
    node('tool_a2', 'tool-choice', 'a'),
    node('tool_b', 'tool-choice', 'b'),
    node('loose', 'tool-choice'),
  ];
  const positions = {
    tool_a: { x: 0, y: 0 },
    br_a: { x: 300, y: 0 },
    tool_a2: { x: 600, y: 300 },
    tool_b: { x: 0, y: 900 },
  };

  it('names each chain after its business requirement, else its first node, biggest chain first', () => {
    const areas = areasOf(nodes, positions, NODE_BOX, 'nl');
    expect(areas.map((area) => [area.chain, area.name, area.size])).toEqual([
      ['a', 'br_a nl', 3],
      ['b', 'tool_b nl', 1],
    ]);
  });

  it('places a name at the centre of its chain’s nodes', () => {
    const [a] = areasOf(nodes, positions, NODE_BOX, 'en');
    expect(a!.centre).toEqual({ x: 300 + NODE_BOX.width / 2, y: 100 + NODE_BOX.height / 2 });
  });
});
