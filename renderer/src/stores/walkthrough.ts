import { create } from 'zustand';

/**
 * Where the keyboard should land next: the item's heading (on opening an item: no field there, so
 * every shortcut works and no key changes a value), the first field of its outcome, or the button to go on.
 */
export type FocusTarget = 'heading' | 'firstField' | 'next';

type SelectItem = (itemId: string | null) => void;
/** Until the app installs the select-item command (tests, the presenter page): selection alone. */
let selectItemCommand: SelectItem = (selectedItemId) => useWalkthrough.setState({ selectedItemId });

/** Makes `selectItem` run the command that selecting an item is (commands/selectItem.ts). */
export function installSelectItem(command: SelectItem): void {
  selectItemCommand = command;
}

interface WalkthroughState {
  selectedItemId: string | null;
  /** Node the user picked in the graph; the agenda narrows to the items that concern it. */
  focusedNodeId: string | null;
  /** With an item selected, the graph shows just its part of the board, or the whole board. */
  graphScope: 'item' | 'board';
  /** Where the keyboard is asked to go; taken (and cleared) by the element that goes there. */
  focusRequest: { target: FocusTarget; seq: number } | null;
  /** The graph shown large, for the room: over the agenda and the item, the whole workspace. */
  graphLarge: boolean;
  setGraphScope: (scope: 'item' | 'board') => void;
  setGraphLarge: (large: boolean) => void;
  /** Opens an item: runs the select-item command wherever it is asked for (agenda, graph, undo, resume). */
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
  graphLarge: false,
  setGraphScope: (graphScope) => set({ graphScope }),
  setGraphLarge: (graphLarge) => set({ graphLarge }),
  selectItem: (itemId) => selectItemCommand(itemId),
  focusNode: (focusedNodeId) => set({ focusedNodeId }),
  requestFocus: (target) => set({ focusRequest: { target, seq: (get().focusRequest?.seq ?? 0) + 1 } }),
  takeFocusRequest: (target) => {
    if (get().focusRequest?.target !== target) return false;
    set({ focusRequest: null });
    return true;
  },
}));
