import type { Board } from './schema.ts';

/**
 * The pairs of nodes a conflict sets against each other, as the graph draws them: its first node
 * (of those shown) against each of the others. `onlyItem` keeps one conflict (an item's own view).
 */
export function conflictPairs(board: Board, shown: ReadonlySet<string>, onlyItem: string | null = null) {
  return board.items.flatMap((item) => {
    if (item.kind !== 'conflict' || (onlyItem !== null && item.id !== onlyItem)) return [];
    const refs = item.refs.filter((ref) => shown.has(ref));
    return refs.slice(1).map((other) => ({ item, from: refs[0]!, to: other }));
  });
}
