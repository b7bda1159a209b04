import type { Board, Item } from '../../../shared/board/schema.ts';
import type { OutcomeStatus } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';
import type { Chain, ChainNode, ChainRelation } from './model.ts';

interface Link {
  from: string;
  to: string;
  relation: ChainRelation;
}

/** How far a chain reaches either way, and how many items one drawing holds at most. */
const MAX_DEPTH = 2;
const MAX_NODES = 14;

/** Every dependency the board states between items: a prerequisite, and the item that needs it. */
export function itemLinks(board: Board): Link[] {
  const ids = new Set(board.items.map((item) => item.id));
  const links: Link[] = [];
  const add = (from: string, to: string, relation: ChainRelation) => {
    if (ids.has(from) && ids.has(to)) links.push({ from, to, relation });
  };
  for (const item of board.items) {
    if (item.kind === 'decision') {
      for (const question of item.dependsOn) add(question, item.id, 'depends-on');
      if (item.rule) add(item.rule, item.id, 'applies-rule');
    }
    if (item.kind === 'action-item') for (const closed of item.closes) add(item.id, closed, 'closes');
  }
  return links;
}

/** The items one link away from each item, both ways. */
export function linkIndex(links: readonly Link[]) {
  const upstream = new Map<string, Link[]>();
  const downstream = new Map<string, Link[]>();
  for (const link of links) {
    upstream.set(link.to, [...(upstream.get(link.to) ?? []), link]);
    downstream.set(link.from, [...(downstream.get(link.from) ?? []), link]);
  }
  return { upstream, downstream };
}
export type LinkIndex = ReturnType<typeof linkIndex>;

/**
 * The chain around one item: its prerequisites and what builds on it, up to two links away either
 * way, each with its status in this session. Nothing but the item itself when the board links it
 * to nothing.
 */
export function chainOf(
  item: Item,
  index: LinkIndex,
  itemById: ReadonlyMap<string, Item>,
  statusOf: (itemId: string) => OutcomeStatus,
  language: Language,
): Chain {
  const depthOf = new Map<string, number>([[item.id, 0]]);
  const links: Link[] = [];
  const walk = (direction: -1 | 1) => {
    let frontier = [item.id];
    for (let depth = 1; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const link of (direction < 0 ? index.upstream : index.downstream).get(id) ?? []) {
          const other = direction < 0 ? link.from : link.to;
          if (!depthOf.has(other) && depthOf.size >= MAX_NODES) continue;
          links.push(link);
          if (depthOf.has(other)) continue;
          depthOf.set(other, direction * depth);
          next.push(other);
        }
      frontier = next;
    }
  };
  walk(-1);
  walk(1);
  const nodes: ChainNode[] = [...depthOf].map(([id, depth]) => {
    const linked = itemById.get(id)!;
    return { id, kind: linked.kind, title: linked.title[language], status: statusOf(id), depth };
  });
  const unique = new Map(links.map((link) => [`${link.from}>${link.to}`, link]));
  return { nodes, links: [...unique.values()] };
}
