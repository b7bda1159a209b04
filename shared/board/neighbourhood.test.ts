import { describe, expect, it } from 'vitest';
import { neighbourhood } from './neighbourhood.ts';
import type { BoardEdge, BoardNode } from './schema.ts';

const node = (id: string): BoardNode => ({ id, layer: 'layer1', type: 'tool-choice', label: { nl: id, en: id } });
const edge = (from: string, to: string): BoardEdge => ({ from, to, kind: 'leads-to' });

describe('the neighbourhood of an item', () => {
  const board = {
    nodes: ['a', 'b', 'c', 'd', 'e'].map(node),
    edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e')],
  };

  it('holds the item’s nodes and everything one edge away, with the edges among them', () => {
    const part = neighbourhood(board, new Set(['c']));
    expect(part.nodes.map((n) => n.id)).toEqual(['b', 'c', 'd']);
    expect(part.edges).toEqual([edge('b', 'c'), edge('c', 'd')]);
  });

  it('joins the neighbourhoods of several nodes', () => {
    expect(neighbourhood(board, new Set(['a', 'e'])).nodes.map((n) => n.id)).toEqual(['a', 'b', 'd', 'e']);
  });
});
