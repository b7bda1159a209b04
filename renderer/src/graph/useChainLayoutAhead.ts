import { useEffect } from 'react';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { neighbourhood } from '../../../shared/board/neighbourhood.ts';
import type { Board } from '../../../shared/board/schema.ts';
import { useAgendaWalk } from '../stores/index.ts';
import { whenIdleAfterPaint } from '../useKeptUntilIdle.ts';
import type { Box } from './geometry.ts';
import { keptChainLayout } from './keptChainLayout.ts';

/**
 * While an item's canvas is there (shown, or made ahead before the first item opens), the item the
 * room is likely to open next has its compact chain view laid out for this pane in idle time after
 * each paint, and kept: the next step draws it without laying it out in the task of the click.
 */
export function useChainLayoutAhead(board: Board, shownItemId: string | null, size: Box | null, enabled: boolean) {
  useEffect(() => {
    if (!enabled || !size) return;
    return whenIdleAfterPaint(() => {
      const next = useAgendaWalk.getState().ahead();
      const item = next === null ? undefined : indexBoard(board).itemById.get(next);
      if (item && item.refs.length > 0) keptChainLayout(neighbourhood(board, new Set(item.refs)), size);
    });
  }, [board, shownItemId, size, enabled]);
}
