import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/board/schema.ts';
import { ariaKeys } from '../shortcuts.ts';
import { useAgendaStore, useWalkthrough } from '../stores/index.ts';
import { TimeBox } from './TimeBox.tsx';

/**
 * Previous, next and next undecided, with the item's time box: the facilitator's controls for
 * moving the room on. After an outcome is saved, the keyboard lands on "Next item".
 */
export function WalkBar({ item }: { item: Item | undefined }) {
  const { t } = useTranslation();
  const step = useAgendaStore((state) => state.step);
  const focusRequest = useWalkthrough((state) => state.focusRequest);
  const takeFocusRequest = useWalkthrough((state) => state.takeFocusRequest);
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRequest?.target === 'next' && next.current && takeFocusRequest('next')) next.current.focus();
  }, [focusRequest, takeFocusRequest]);

  return (
    <div className="walk-bar" role="group" aria-label={t('walk.heading')}>
      <div className="walk-steps">
        <button type="button" onClick={() => step('previous')} aria-keyshortcuts={ariaKeys('previousItem')}>
          {t('walk.previous')}
        </button>
        <button type="button" ref={next} onClick={() => step('next')} aria-keyshortcuts={ariaKeys('nextItem')}>
          {t('walk.next')}
        </button>
        <button type="button" onClick={() => step('nextUndecided')} aria-keyshortcuts={ariaKeys('nextUndecided')}>
          {t('walk.nextUndecided')}
        </button>
      </div>
      {item && <TimeBox item={item} />}
    </div>
  );
}
