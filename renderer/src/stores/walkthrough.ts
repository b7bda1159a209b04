import { create } from 'zustand';

/** Where the keyboard should land next: the first field of the item's outcome, or the button to go on. */
export type FocusTarget = 'firstField' | 'next';

interface WalkthroughState {
  selectedItemId: string | null;
  /** Node the user picked in the graph; the agenda narrows to the items that concern it. */
  focusedNodeId: string | null;
  /** With an item selected, the graph shows just its part of the board, or the whole board. */
  graphScope: 'item' | 'board';
  /** Where the keyboard is asked to go; taken (and cleared) by the element that goes there. */
  focusRequest: { target: FocusTarget; seq: number } | null;
  setGraphScope: (scope: 'item' | 'board') => void;
  selectItem: (itemId: string | null) => void;
  focusNode: (nodeId: string | null) => void;
  requestFocus: (target: FocusTarget) => void;
  /** True once for a request of this target: the caller moves the focus. */
  takeFocusRequest: (target: FocusTarget) => boolean;
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
  takeFocusRequest: (target) => {
    if (get().focusRequest?.target !== target) return false;
    set({ focusRequest: null });
    return true;
  },
}));
