import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { GraphLayout, LayoutScope } from '../../../shared/board/layout.ts';
import type { LayoutInput } from '../graph/geometry.ts';
import type { ComputeLayout } from '../graph/layoutClient.ts';
import { EMPTY_FILTERS, type GraphFilters } from '../graph/filters.ts';

/** What is known of one layout: kept or computed, on its way (with progress), or failed. */
export type LayoutState =
  | { status: 'ready'; layout: GraphLayout }
  | { status: 'computing'; progress: number | null }
  | { status: 'failed'; message: string };

export interface GraphViewState {
  /** By `layoutKey(hash, scope)`. */
  layouts: Record<string, LayoutState>;
  /**
   * Shows the kept layout of a part of a board, or computes it (and keeps it) when none is kept or
   * the one kept is of another layout version. A layout is asked for once per page.
   */
  ensureLayout: (boardHash: string, scope: LayoutScope, part: LayoutInput, preferElk: boolean) => Promise<void>;
  /** Forgets a failed layout so it is tried again. */
  retryLayout: (boardHash: string, scope: LayoutScope) => void;
  query: string;
  setQuery: (query: string) => void;
  filters: GraphFilters;
  setFilter: <K extends keyof GraphFilters>(key: K, value: GraphFilters[K]) => void;
  clearFilters: () => void;
}

export const layoutKey = (boardHash: string, scope: LayoutScope) => `${boardHash}|${scope}`;

/** A kept layout fits when it is of this code's version and places every node of the part. */
function fits(layout: GraphLayout | null, part: LayoutInput, version: number): layout is GraphLayout {
  return !!layout && layout.version === version && part.nodes.every((node) => layout.positions[node.id]);
}

export function createGraphViewStore(api: BoardwalkApi, compute: ComputeLayout, version: number) {
  return create<GraphViewState>((set, get) => {
    const put = (key: string, state: LayoutState) => set({ layouts: { ...get().layouts, [key]: state } });
    return {
      layouts: {},
      ensureLayout: async (boardHash, scope, part, preferElk) => {
        const key = layoutKey(boardHash, scope);
        if (get().layouts[key]) return;
        put(key, { status: 'computing', progress: null });
        // Keeping layouts saves time; failing to read or write one never stops the graph.
        const kept = await api['layouts.get']({ boardHash, scope }).catch(() => null);
        if (fits(kept, part, version)) return put(key, { status: 'ready', layout: kept });
        try {
          const layout = await compute(part, {
            preferElk,
            progress: (progress) => {
              if (get().layouts[key]?.status === 'computing') put(key, { status: 'computing', progress });
            },
          });
          put(key, { status: 'ready', layout });
          // Kept in a task of its own, so writing a big layout does not hold up its first drawing.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await api['layouts.save']({ boardHash, scope, layout }).catch(() => undefined);
        } catch (error) {
          put(key, { status: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      },
      retryLayout: (boardHash, scope) => {
        const layouts = { ...get().layouts };
        delete layouts[layoutKey(boardHash, scope)];
        set({ layouts });
      },
      query: '',
      setQuery: (query) => set({ query }),
      filters: EMPTY_FILTERS,
      setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
      clearFilters: () => set({ filters: EMPTY_FILTERS }),
    };
  });
}

export type GraphViewStore = ReturnType<typeof createGraphViewStore>;
