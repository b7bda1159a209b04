import { describe, expect, it } from 'vitest';
import { chainLayout } from './chainLayout.ts';
import type { LayoutInput } from './geometry.ts';
import { keptChainLayout } from './keptChainLayout.ts';

const part = (suffix: string): LayoutInput => ({
  nodes: [
    { id: `need${suffix}`, type: 'business-requirement' },
    { id: `tool${suffix}`, type: 'tool-choice' },
  ],
  edges: [{ from: `need${suffix}`, to: `tool${suffix}` }],
});
const PANE = { width: 800, height: 400 };

describe('keptChainLayout', () => {
  it('lays a part out as chainLayout does, once for the same nodes, edges and pane', () => {
    const first = keptChainLayout(part('-a'), PANE);
    expect(first).toEqual(chainLayout(part('-a'), PANE));
    // Another object with the same content: the layout kept.
    expect(keptChainLayout(part('-a'), { ...PANE })).toBe(first);
  });

  it('lays it out again for another pane, another node type or another edge', () => {
    const first = keptChainLayout(part('-b'), PANE);
    expect(keptChainLayout(part('-b'), { width: 500, height: 400 })).not.toBe(first);
    const retyped = part('-b');
    retyped.nodes = [retyped.nodes[0]!, { id: 'tool-b', type: 'platform-capability' }];
    expect(keptChainLayout(retyped, PANE)).toEqual(chainLayout(retyped, PANE));
    expect(keptChainLayout({ ...part('-b'), edges: [] }, PANE)).toEqual(
      chainLayout({ ...part('-b'), edges: [] }, PANE),
    );
  });

  it('keeps a bounded number: the least recently used is laid out again', () => {
    const oldest = keptChainLayout(part('-old'), PANE);
    const kept = keptChainLayout(part('-used'), PANE);
    for (let index = 0; index < 60; index++) {
      keptChainLayout(part(`-${index}`), PANE);
      // Used all along: it stays.
      if (index % 10 === 0) expect(keptChainLayout(part('-used'), PANE)).toBe(kept);
    }
    expect(keptChainLayout(part('-used'), PANE)).toBe(kept);
    expect(keptChainLayout(part('-old'), PANE)).not.toBe(oldest);
  });
});
