import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import { indexBoard, itemsOfNode } from '../../../shared/board/boardIndex.ts';
import { conflictPairs } from '../../../shared/board/conflicts.ts';
import type { Board, BoardEdge, BoardNode, Item } from '../../../shared/board/schema.ts';
import type { LocalizedText } from '../../../shared/text.ts';
import { labelPlaces } from './edgeLabels.ts';
import { LANE_OF_TYPE, NODE_BOX, type Box, type Point, type Positions } from './geometry.ts';

/**
 * The node and edge objects React Flow gets: made once per board version, layout and language,
 * so a change of selection, filter or zoom leaves them as they are (see flags.ts).
 */
export type BoardFlowNode = Node<{ node: BoardNode; items: readonly Item[] }, 'board'>;

export type EdgeKind = BoardEdge['kind'] | 'conflict';
export type BoardFlowEdge = Edge<
  {
    kind: EdgeKind;
    /** The board's own text for the edge, or the conflict's title: on hover and in the caption. */
    full: LocalizedText | null;
    /** Null where no band between the nodes has room: then the edge has no label on the graph. */
    labelAt: Point | null;
  },
  'board'
>;

export interface Naming {
  nodeName: (node: BoardNode) => string;
  edgeName: (from: BoardNode, kind: EdgeKind, to: BoardNode, full: LocalizedText | null) => string;
  /** Where the node's connections are read out (the graph's caption). */
  describedBy?: string;
}

/** Nodes in reading order (lane by lane, top to bottom), which is also their Tab order. */
export function flowNodes(
  board: Board,
  part: { nodes: readonly BoardNode[] },
  positions: Positions,
  naming: Naming,
  box: Box = NODE_BOX,
) {
  const placed = part.nodes.filter((node) => positions[node.id]);
  const order = (node: BoardNode) => [LANE_OF_TYPE[node.type], positions[node.id]!.x, positions[node.id]!.y];
  placed.sort((a, b) => {
    const [p, q] = [order(a), order(b)];
    return p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!;
  });
  return placed.map((node): BoardFlowNode => ({
    id: node.id,
    type: 'board',
    position: positions[node.id]!,
    // Known sizes and handles: edges are drawn before the page has measured a single node.
    width: box.width,
    height: box.height,
    handles: [
      { type: 'target', position: Position.Left, x: 0, y: box.height / 2 },
      { type: 'source', position: Position.Right, x: box.width - 1, y: box.height / 2 },
    ],
    data: { node, items: itemsOfNode(board, node.id) },
    ariaLabel: naming.nodeName(node),
    domAttributes: naming.describedBy ? { 'aria-describedby': naming.describedBy } : undefined,
  }));
}

const DIRECTED: ReadonlySet<EdgeKind> = new Set(['leads-to', 'constrains']);

export function flowEdges(
  board: Board,
  part: { nodes: readonly BoardNode[]; edges: readonly BoardEdge[] },
  positions: Positions,
  naming: Naming,
  /** In an item's view only its own conflict is drawn; every other would cross it. */
  conflictsOf: string | null = null,
  /** The compact chain view's node box: labels then stay between its columns. */
  compactBox: Box | null = null,
): BoardFlowEdge[] {
  const { nodeById } = indexBoard(board);
  const shown = new Set(part.nodes.filter((node) => positions[node.id]).map((node) => node.id));
  const lane = (id: string) => LANE_OF_TYPE[nodeById.get(id)!.type];
  const raw = [
    ...part.edges
      .filter((edge) => shown.has(edge.from) && shown.has(edge.to))
      .map((edge, index) => ({
        id: `${edge.from}->${edge.to}-${index}`,
        from: edge.from,
        to: edge.to,
        kind: edge.kind as EdgeKind,
        full: edge.label ?? null,
      })),
    // Conflicts run left to right like the chain, between the nodes they set against each other.
    ...conflictPairs(board, shown, conflictsOf).map(({ item, from, to }) => {
      const [left, right] = lane(from) <= lane(to) ? [from, to] : [to, from];
      return {
        id: `conflict:${item.id}:${left}->${right}`,
        from: left,
        to: right,
        kind: 'conflict' as const,
        full: item.title,
      };
    }),
  ];
  const places = compactBox ? labelPlaces(raw, positions, compactBox, false) : labelPlaces(raw, positions);
  return raw.map((edge) => ({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: 'board',
    className: `edge-${edge.kind}`,
    markerEnd: DIRECTED.has(edge.kind) ? { type: MarkerType.ArrowClosed } : undefined,
    focusable: false,
    selectable: false,
    ariaLabel: naming.edgeName(nodeById.get(edge.from)!, edge.kind, nodeById.get(edge.to)!, edge.full),
    data: { kind: edge.kind, full: edge.full, labelAt: places.get(edge.id) ?? null },
  }));
}
