import { startTransition, useEffect } from 'react';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Board } from '../../../shared/board/schema.ts';
import { useAgendaWalk } from '../stores/index.ts';
import { whenIdleAfterPaint } from '../useKeptUntilIdle.ts';
import { createGraphFlags, HIGHLIGHTED, type GraphFlagsStore } from './flags.ts';

/** The key of an item view's canvas; the whole board's is keyed by its layout. */
export const ITEM_CANVAS = 'item';

/** The item canvas made ahead: its flags, and the item drawn in it (the one the room is likely to open first). */
export interface StandbyCanvas {
  flags: GraphFlagsStore;
  itemId: string | null;
}

interface Standby {
  board: Board;
  /** The canvas made ahead; null while there is none. */
  standby: StandbyCanvas | null;
  setStandby: (standby: StandbyCanvas | null) => void;
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
 * While the whole board is shown, the canvas of an item's view is made ahead, hidden, in idle time,
 * with the graph of the item the agenda comes to next drawn in it (its own nodes highlighted). The
 * first item opened is then drawn in a React Flow that is there already: when it is that item, its
 * graph is there too and only shown (the meeting-graph bench on the AMD EPYC: the first item's graph
 * painted in 47-61 ms over six runs, where drawing it in an empty canvas took 96-104); another item is drawn in
 * it in place of that one. It is
 * dropped once the item's view is drawn in it (which has its flags then) or when no item is to be
 * shown in its own view.
 */
export function useItemCanvasStandby({ board, standby, setStandby, make, keep, shown }: Standby): void {
  useEffect(() => {
    if (!keep) {
      if (standby) setStandby(null);
      return;
    }
    if (standby || !make) return;
    return whenIdleAfterPaint(() =>
      // Drawn in a render React can pause: a click on an item goes first.
      startTransition(() => {
        const itemId = useAgendaWalk.getState().ahead();
        const refs = itemId === null ? [] : (indexBoard(board).itemById.get(itemId)?.refs ?? []);
        const flags = createGraphFlags();
        flags.setState({
          texts: shown.getState().texts,
          itemView: true,
          flags: new Map(refs.map((nodeId) => [nodeId, HIGHLIGHTED])),
        });
        setStandby({ flags, itemId });
      }),
    );
  }, [board, standby, setStandby, make, keep, shown]);
}
