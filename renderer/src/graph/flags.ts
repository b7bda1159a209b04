import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { BoardEdge, BoardNode } from '../../../shared/board/schema.ts';
import type { OutcomeStatus } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';

/**
 * What a node or edge shows beyond its own data, kept apart from the node objects so those stay
 * the same between renders: a change of selection, filter or zoom re-renders only the nodes whose
 * flags change, never all of them. One store per graph on the page.
 */
export const HIGHLIGHTED = 1;
export const DIMMED = 2;
export const MATCHED = 4;
export const PICKED = 8;

/** Texts nodes and edges show, in the UI language; set once per language, not translated per node. */
export interface GraphTexts {
  language: Language;
  types: Record<BoardNode['type'], string>;
  edgeKinds: Record<BoardEdge['kind'] | 'conflict', string>;
  /** "2 open", "1 decided". */
  statusCount: (status: OutcomeStatus, count: number) => string;
  noItems: string;
}

export interface GraphFlagsState {
  /** Which flags each node has; a node not in the map has none. */
  flags: ReadonlyMap<string, number>;
  /** Zoomed out past the level of detail: plain boxes, no text, handles or arrow heads. */
  far: boolean;
  /** Label lines of the compact chain view's nodes; 0 where the view is not compact. */
  compactLines: 0 | 1 | 2 | 3;
  /** Every edge of an item view gets its label; on the whole board only those between highlighted nodes. */
  itemView: boolean;
  /** The node with the keyboard focus or under the pointer, whose connections the caption lists. */
  activeNodeId: string | null;
  /** A node to bring into view and focus (from the search), once it is on the graph. */
  centerRequest: { nodeId: string; serial: number } | null;
  texts: GraphTexts | null;
}

export type GraphFlagsStore = StoreApi<GraphFlagsState>;

export function createGraphFlags(): GraphFlagsStore {
  return createStore<GraphFlagsState>(() => ({
    flags: new Map(),
    far: false,
    compactLines: 0,
    itemView: false,
    activeNodeId: null,
    centerRequest: null,
    texts: null,
  }));
}

export const GraphFlagsContext = createContext<GraphFlagsStore | null>(null);

export function useGraphFlags<T>(selector: (state: GraphFlagsState) => T): T {
  const store = useContext(GraphFlagsContext);
  if (!store) throw new Error('useGraphFlags outside a graph');
  return useStore(store, selector);
}

export function useGraphFlagsStore(): GraphFlagsStore {
  const store = useContext(GraphFlagsContext);
  if (!store) throw new Error('useGraphFlagsStore outside a graph');
  return store;
}

/** Flags keep their map when nothing changed, so nodes do not re-render for nothing. */
export function sameFlags(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, value] of a) if (b.get(id) !== value) return false;
  return true;
}
