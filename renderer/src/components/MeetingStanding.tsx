import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { meetingStanding, type MeetingStanding as Standing } from '../../../shared/meeting/plan.ts';
import { arrangeAgenda } from '../../../shared/walkthrough.ts';
import {
  useBoardStore,
  useOutcomes,
  useSessionSettings,
  useSessionStore,
  useTimer,
  useWalkthrough,
} from '../stores/index.ts';
import { unbookedMsOf } from '../stores/timer.ts';
import { useNow } from './TimeBox.tsx';

/** Where the meeting stands against its plan, at `now`: today's agenda, booked time and the clock running. */
export function useMeetingStanding(now: number): Standing | null {
  const board = useBoardStore((state) => state.current?.board);
  const session = useSessionStore((state) => state.current);
  const outcomes = useOutcomes((state) => state.outcomes);
  const settings = useSessionSettings((state) => state.settings);
  const itemId = useWalkthrough((state) => state.selectedItemId);
  const measured = useTimer(
    useShallow(({ running, itemId, since, unbookedMs }) => ({ running, itemId, since, unbookedMs })),
  );
  const items = useMemo(
    () => (board ? arrangeAgenda(board.items, settings.agenda).items : []),
    [board, settings.agenda],
  );
  if (!session || !board) return null;
  return meetingStanding(
    settings.plan,
    items,
    (id) => outcomes[id]?.status ?? 'open',
    (id) => (outcomes[id]?.timeSpentSeconds ?? 0) + Math.floor(unbookedMsOf(measured, id, now) / 1000),
    itemId,
  );
}

const minutes = (seconds: number) => Math.round(Math.abs(seconds) / 60);

/** "Meeting: 34 of 90 min · 3 min behind plan", on the facilitator's screen, counting on while the clock runs. */
export function MeetingStanding() {
  const { t } = useTranslation();
  const running = useTimer((state) => state.running);
  const standing = useMeetingStanding(useNow(running));
  if (!standing) return null;
  const behind = minutes(standing.behindSeconds);
  const tone = behind === 0 ? 'on-plan' : standing.behindSeconds > 0 ? 'behind' : 'ahead';
  return (
    <p className={`meeting-standing ${tone}`} data-testid="meeting-standing" data-behind={standing.behindSeconds}>
      {t('plan.elapsed', { elapsed: minutes(standing.elapsedSeconds), length: minutes(standing.lengthSeconds) })}
      {' · '}
      {tone === 'on-plan'
        ? t('plan.onPlan')
        : tone === 'behind'
          ? t('plan.behind', { minutes: behind })
          : t('plan.ahead', { minutes: behind })}
    </p>
  );
}
