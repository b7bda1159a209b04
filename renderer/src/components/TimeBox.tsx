import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/board/schema.ts';
import { timeboxSeconds } from '../../../shared/meeting/plan.ts';
import { clock, timeboxTone } from '../../../shared/timebox.ts';
import { useShallow } from 'zustand/react/shallow';
import { useOutcomes, usePlan, useSessionSettings, useSessionStore, useTimer } from '../stores/index.ts';
import { unbookedMsOf } from '../stores/timer.ts';
import { CommandButton } from './CommandButton.tsx';

const EXTEND_MINUTES = 2;

/** A clock that re-renders every second while `running`. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);
  return now;
}

/** The item's time box as the facilitator sees and sets it; the same figures go to the presenter view. */
export function useTimeBox(item: Item) {
  const measured = useTimer(
    useShallow(({ running, itemId, since, unbookedMs }) => ({ running, itemId, since, unbookedMs })),
  );
  const running = measured.running;
  const allotted = useSessionSettings((state) => timeboxSeconds(state.settings.plan, item));
  const stored = useOutcomes((state) => state.outcomes[item.id]?.timeSpentSeconds ?? 0);
  const now = useNow(running);
  const spent = stored + Math.floor(unbookedMsOf(measured, item.id, now) / 1000);
  return { running, allotted, spent, tone: timeboxTone(allotted, spent) };
}

export function TimeBox({ item }: { item: Item }) {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.current);
  const setTimebox = usePlan((state) => state.setTimebox);
  const { running, allotted, spent, tone } = useTimeBox(item);
  const minutesId = useId();
  if (!session) return null;
  const disabled = session.closedAt !== null;
  const left = allotted - spent;
  return (
    <div className={`time-box tone-${tone}`} data-testid="time-box" data-running={running}>
      <span role="timer" aria-live="off" className="time-box-clock" data-spent={spent}>
        {left >= 0 ? t('timer.left', { time: clock(left) }) : t('timer.over', { time: clock(left) })}
      </span>
      <span className="time-box-state">
        {tone === 'red' ? t('timer.timeUp') : tone === 'amber' ? t('timer.almost') : ''}
      </span>
      <CommandButton id="timerStartPause">{running ? t('timer.pause') : t('timer.start')}</CommandButton>
      <CommandButton id="timerExtend">{t('timer.extend', { minutes: EXTEND_MINUTES })}</CommandButton>
      <input
        id={minutesId}
        type="number"
        min={1}
        max={240}
        value={Math.round(allotted / 60)}
        disabled={disabled}
        onChange={(event) => {
          const minutes = Number(event.target.value);
          if (Number.isFinite(minutes) && minutes > 0) void setTimebox(item.id, minutes);
        }}
      />
      <label htmlFor={minutesId} className="time-box-minutes">
        {t('timer.minutes')}
      </label>
    </div>
  );
}
