import { startTransition, useEffect } from 'react';
import { whenIdleAfterPaint } from '../useKeptUntilIdle.ts';
import { createGraphFlags, type GraphFlagsStore } from './flags.ts';

/** The key of an item view's canvas; the whole board's is keyed by its layout. */
export const ITEM_CANVAS = 'item';

interface Standby {
  /** The flags of the item canvas made ahead; null while there is none. */
  store: GraphFlagsStore | null;
  setStore: (store: GraphFlagsStore | null) => void;
  /**
   * One is to be made: the whole board is shown, an item opened now would be shown in its own view,
   * and the page has done its work for the board (drawn, the canvas before it taken down).
   */
  make: boolean;
  /** The one made is kept: for an item opened later, or for the item opened now until it is drawn in it. */
  keep: boolean;
  /** The flags of the canvas shown: the one made ahead starts with its texts. */
  shown: GraphFlagsStore;
}

/**
 * While the whole board is shown, the canvas of an item's view is made ahead, empty and hidden, in
 * idle time. The first item opened is then drawn in a React Flow that is there already, as every
 * item after it is, instead of creating one and measuring its pane then: the first item's longest
 * task went from 32-40 ms of CPU to 28-31 ms on the AMD EPYC (meeting-graph bench). It is dropped
 * once the item's view is drawn in it (which has its flags then) or when no item is to be shown in
 * its own view.
 */
export function useItemCanvasStandby({ store, setStore, make, keep, shown }: Standby): void {
  useEffect(() => {
    if (!keep) {
      if (store) setStore(null);
      return;
    }
    if (store || !make) return;
    return whenIdleAfterPaint(() =>
      // Drawn in a render React can pause: a click on an item goes first.
      startTransition(() => {
        const made = createGraphFlags();
        made.setState({ texts: shown.getState().texts });
        setStore(made);
      }),
    );
  }, [store, setStore, make, keep, shown]);
}
