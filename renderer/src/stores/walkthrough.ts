import { create } from 'zustand';

interface WalkthroughState {
  selectedItemId: string | null;
  /** Node the user picked in the graph; the agenda narrows to the items that concern it. */
  focusedNodeId: string | null;
  /** With an item selected, the graph shows just its part of the board, or the whole board. */
  graphScope: 'item' | 'board';
  setGraphScope: (scope: 'item' | 'board') => void;
  selectItem: (itemId: string | null) => void;
  focusNode: (nodeId: string | null) => void;
}

export const useWalkthrough = create<WalkthroughState>((set) => ({
  selectedItemId: null,
  focusedNodeId: null,
  graphScope: 'item',
  setGraphScope: (graphScope) => set({ graphScope }),
  selectItem: (selectedItemId) => set({ selectedItemId }),
  focusNode: (focusedNodeId) => set({ focusedNodeId }),
}));
