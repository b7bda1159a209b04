import type { BoardNode } from '../../../shared/board/schema.ts';
import type { Language } from '../../../shared/text.ts';
import type { Box, Point, Positions } from './geometry.ts';

/** A requirement area (a chain) of the board: its name and the centre of its nodes, in flow units. */
export interface Area {
  chain: string;
  name: string;
  centre: Point;
  size: number;
}

/**
 * The board's areas, biggest first: each chain named after its first business requirement (else its
 * first node), placed at the centre of its nodes. What the room can read of a board seen whole.
 */
export function areasOf(
  nodes: readonly Pick<BoardNode, 'id' | 'type' | 'chain' | 'label'>[],
  positions: Positions,
  box: Box,
  language: Language,
): Area[] {
  const chains = new Map<string, (typeof nodes)[number][]>();
  for (const node of nodes) {
    if (!node.chain || !positions[node.id]) continue;
    const members = chains.get(node.chain);
    if (members) members.push(node);
    else chains.set(node.chain, [node]);
  }
  return [...chains]
    .map(([chain, members]) => {
      const named = members.find((node) => node.type === 'business-requirement') ?? members[0]!;
      const sum = members.reduce(
        (total, node) => ({ x: total.x + positions[node.id]!.x, y: total.y + positions[node.id]!.y }),
        { x: 0, y: 0 },
      );
      return {
        chain,
        name: named.label[language],
        centre: { x: sum.x / members.length + box.width / 2, y: sum.y / members.length + box.height / 2 },
        size: members.length,
      };
    })
    .sort((a, b) => b.size - a.size || a.chain.localeCompare(b.chain));
}
