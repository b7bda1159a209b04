import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/board/schema.ts';
import { useWalkthrough } from '../stores/index.ts';
import { CommandButton } from './CommandButton.tsx';
import { TimeBox } from './TimeBox.tsx';

/**
 * Previous, next and next undecided, with the item's time box: the facilitator's controls for
 * moving the room on. After an outcome is saved, the keyboard lands on "Next item".
 */
export function WalkBar({ item }: { item: Item | undefined }) {
  const { t } = useTranslation();
  const focusRequest = useWalkthrough((state) => state.focusRequest);
  const takeFocusRequest = useWalkthrough((state) => state.takeFocusRequest);
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRequest?.target === 'next' && next.current && takeFocusRequest('next')) next.current.focus();
  }, [focusRequest, takeFocusRequest]);

  return (
    <div className="walk-bar" role="group" aria-label={t('walk.heading')}>
      <div className="walk-steps">
        <CommandButton id="previousItem">{t('walk.previous')}</CommandButton>
        <CommandButton id="nextItem" buttonRef={next}>
          {t('walk.next')}
        </CommandButton>
        <CommandButton id="nextUndecided">{t('walk.nextUndecided')}</CommandButton>
      </div>
      {item && <TimeBox item={item} />}
    </div>
  );
}
