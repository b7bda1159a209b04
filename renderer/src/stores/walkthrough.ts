import { create } from 'zustand';

/** Where the keyboard should land next: the first field of the item's outcome, or the button to go on. */
export type FocusTarget = 'firstField' | 'next';

interface WalkthroughState {
  selectedItemId: string | null;
  /** Node the user picked in the graph; the agenda narrows to the items that concern it. */
  focusedNodeId: string | null;
  /** With an item selected, the graph shows just its part of the board, or the whole board. */
  graphScope: 'item' | 'board';
  /** Asked-for focus; `seq` grows with each request, so the same target can be asked for twice. */
  focusRequest: { target: FocusTarget; seq: number } | null;
  setGraphScope: (scope: 'item' | 'board') => void;
  selectItem: (itemId: string | null) => void;
  focusNode: (nodeId: string | null) => void;
  requestFocus: (target: FocusTarget) => void;
}

export const useWalkthrough = create<WalkthroughState>((set, get) => ({
  selectedItemId: null,
  focusedNodeId: null,
  graphScope: 'item',
  focusRequest: null,
  setGraphScope: (graphScope) => set({ graphScope }),
  selectItem: (selectedItemId) => set({ selectedItemId }),
  focusNode: (focusedNodeId) => set({ focusedNodeId }),
  requestFocus: (target) => set({ focusRequest: { target, seq: (get().focusRequest?.seq ?? 0) + 1 } }),
}));
