import type { Board, BoardNode, Item } from './schema.ts';

/** Lookups over one board version, so the agenda, dialogs and reports never search lists. */
export interface BoardIndex {
  itemById: ReadonlyMap<string, Item>;
  nodeById: ReadonlyMap<string, BoardNode>;
  /** The items that refer to a node, in board order. */
  itemsByNode: ReadonlyMap<string, readonly Item[]>;
  /** The nodes an item refers to, in the order the item names them. */
  nodesOfItem(itemId: string): BoardNode[];
}

const EMPTY: readonly Item[] = [];

function buildIndex(board: Board): BoardIndex {
  const itemById = new Map(board.items.map((item) => [item.id, item]));
  const nodeById = new Map(board.nodes.map((node) => [node.id, node]));
  const itemsByNode = new Map<string, Item[]>();
  for (const item of board.items)
    for (const ref of item.refs) {
      const list = itemsByNode.get(ref);
      if (list) list.push(item);
      else itemsByNode.set(ref, [item]);
    }
  return {
    itemById,
    nodeById,
    itemsByNode,
    nodesOfItem: (itemId) =>
      (itemById.get(itemId)?.refs ?? []).flatMap((ref) => {
        const node = nodeById.get(ref);
        return node ? [node] : [];
      }),
  };
}

// A board version never changes once loaded, so its index is built once per board object.
const indexes = new WeakMap<Board, BoardIndex>();

export function indexBoard(board: Board): BoardIndex {
  let index = indexes.get(board);
  if (!index) {
    index = buildIndex(board);
    indexes.set(board, index);
  }
  return index;
}

export function itemsOfNode(board: Board, nodeId: string): readonly Item[] {
  return indexBoard(board).itemsByNode.get(nodeId) ?? EMPTY;
}
