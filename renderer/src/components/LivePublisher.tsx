import { useEffect, useMemo } from 'react';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { PresenterState } from '../../../shared/live.ts';
import { timeboxSeconds } from '../../../shared/meeting/plan.ts';
import { agendaProgress, arrangeAgenda } from '../../../shared/walkthrough.ts';
import { useShallow } from 'zustand/react/shallow';
import {
  useBoardStore,
  usePresenterLink,
  useOutcomes,
  usePreferences,
  useSessionSettings,
  useSessionStore,
  useTimer,
  useWalkthrough,
} from '../stores/index.ts';
import { unbookedMsOf } from '../stores/timer.ts';
import { useReadBackScreen } from '../stores/readBackScreen.ts';
import { useMeetingStanding } from './MeetingStanding.tsx';

const NO_VOTES: Record<string, string> = {};

/**
 * Tells presenter views where the room is whenever that changes: the item, the language, the time
 * box, the votes and the progress. The clock itself is not sent every second: a presenter counts
 * on from the moment a state arrives.
 */
export function LivePublisher() {
  const version = useBoardStore((state) => state.current);
  const session = useSessionStore((state) => state.current);
  const outcomes = useOutcomes((state) => state.outcomes);
  const agenda = useSessionSettings((state) => state.settings.agenda);
  const itemId = useWalkthrough((state) => state.selectedItemId);
  const language = usePreferences((state) => state.language);
  const running = useTimer((state) => state.running);
  const plan = useSessionSettings((state) => state.settings.plan);
  const measured = useTimer(
    useShallow(({ running, itemId, since, unbookedMs }) => ({ running, itemId, since, unbookedMs })),
  );
  const publish = usePresenterLink((state) => state.publish);
  const readBackShown = useReadBackScreen((state) => state.open && state.onProjector);

  const board = version?.board;
  const agendaItems = useMemo(() => (board ? arrangeAgenda(board.items, agenda).items : []), [board, agenda]);
  const item = board && itemId ? indexBoard(board).itemById.get(itemId) : undefined;
  const outcome = item ? outcomes[item.id] : undefined;
  const progress = agendaProgress(agendaItems, outcomes);
  // Taken when something else changes, not every second.
  const unbookedSeconds = item ? Math.floor(unbookedMsOf(measured, item.id, Date.now()) / 1000) : 0;
  const standing = useMeetingStanding(Date.now());

  const state: PresenterState = {
    sessionId: session?.id ?? null,
    boardId: board?.meta.id ?? null,
    boardHash: version?.hash ?? null,
    itemId: item?.id ?? null,
    screen: readBackShown ? 'readBack' : 'item',
    language,
    timer:
      item && session
        ? {
            allottedSeconds: timeboxSeconds(plan, item),
            spentSeconds: (outcome?.timeSpentSeconds ?? 0) + unbookedSeconds,
            running,
          }
        : null,
    status: item ? (outcome?.status ?? 'open') : null,
    votes: outcome?.votes ?? NO_VOTES,
    participants: session?.participants ?? [],
    progress: { total: progress.total, decided: progress.decided, deferred: progress.deferred },
    plan: standing,
  };
  const text = JSON.stringify(state);

  useEffect(() => {
    void publish(JSON.parse(text) as PresenterState);
  }, [text, publish]);
  return null;
}
