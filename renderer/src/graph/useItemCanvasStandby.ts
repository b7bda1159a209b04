import { startTransition, useEffect } from 'react';
import { whenIdleAfterPaint } from '../useKeptUntilIdle.ts';
import { createGraphFlags, type GraphFlagsStore } from './flags.ts';

/** The key of an item view's canvas; the whole board's is keyed by its layout. */
export const ITEM_CANVAS = 'item';

interface Standby {
  /** The flags of the item canvas made ahead; null while there is none. */
  store: GraphFlagsStore | null;
  setStore: (store: GraphFlagsStore | null) => void;
  /** The whole board is shown, and an item opened now would be shown in its own view. */
  wanted: boolean;
  /** The canvas shown is drawn and the one before it taken down: the page has done its work for it. */
  settled: boolean;
  /** The flags of the canvas shown: the one made ahead starts with its texts. */
  shown: GraphFlagsStore;
}

/**
 * While the whole board is shown, the canvas of an item's view is made ahead, empty and hidden, in
 * idle time. The first item opened then fills a React Flow that is there already, as every item
 * after it does, instead of creating one: a task of 30 ms and more on the AMD EPYC and two frames
 * more before the item is painted. It is dropped once it is shown (the item's canvas has its flags
 * then) or no longer wanted.
 */
export function useItemCanvasStandby({ store, setStore, wanted, settled, shown }: Standby): void {
  useEffect(() => {
    if (!wanted) {
      if (store) setStore(null);
      return;
    }
    if (store || !settled) return;
    return whenIdleAfterPaint(() =>
      // Drawn in a render React can pause: a click on an item goes first.
      startTransition(() => {
        const made = createGraphFlags();
        made.setState({ texts: shown.getState().texts });
        setStore(made);
      }),
    );
  }, [store, setStore, wanted, settled, shown]);
}
