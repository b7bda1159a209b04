import { create } from 'zustand';

interface WalkthroughState {
  selectedItemId: string | null;
  /** Node the user picked in the graph; the agenda narrows to the items that concern it. */
  focusedNodeId: string | null;
  selectItem: (itemId: string | null) => void;
  focusNode: (nodeId: string | null) => void;
}

export const useWalkthrough = create<WalkthroughState>((set) => ({
  selectedItemId: null,
  focusedNodeId: null,
  selectItem: (selectedItemId) => set({ selectedItemId }),
  focusNode: (focusedNodeId) => set({ focusedNodeId }),
}));
