import type { Board } from './schema.ts';

/**
 * The part of the graph an item is about: its nodes and every node one edge away from them, with
 * the edges among those. Small enough to read on a projector, and still showing the chain around it.
 */
export function neighbourhood(board: Pick<Board, 'nodes' | 'edges'>, nodeIds: ReadonlySet<string>) {
  const keep = new Set(nodeIds);
  for (const edge of board.edges) {
    if (nodeIds.has(edge.from)) keep.add(edge.to);
    if (nodeIds.has(edge.to)) keep.add(edge.from);
  }
  return {
    nodes: board.nodes.filter((node) => keep.has(node.id)),
    edges: board.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to)),
  };
}
