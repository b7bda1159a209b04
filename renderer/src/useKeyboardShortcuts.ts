import { useEffect } from 'react';
import { indexBoard } from '../../shared/board/boardIndex.ts';
import { DEFAULT_MINUTES } from '../../shared/timebox.ts';
import { isTypingTarget, matchesShortcut, type ShortcutName } from './shortcuts.ts';
import {
  useAgendaStore,
  useBoardStore,
  useLive,
  useNotices,
  useSessionStore,
  useTimer,
  useWalkthrough,
} from './stores/index.ts';

/**
 * Ctrl+Z undoes the last recorded change of the session, Ctrl+Shift+Z (or Ctrl+Y) redoes it.
 * Inside a text field the keys keep their usual meaning: undoing typing, not decisions.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      if (matchesShortcut(event, 'undo')) {
        event.preventDefault();
        void useSessionStore.getState().undo();
      } else if (matchesShortcut(event, 'redo')) {
        event.preventDefault();
        void useSessionStore.getState().redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** In a field, keys type or pick: there only the Alt combinations (Alt+Page Down…) are shortcuts. */
function pressed(event: KeyboardEvent, name: ShortcutName, typing: boolean): boolean {
  return matchesShortcut(event, name) && (!typing || event.altKey);
}

function focusCurrentAgendaItem(): void {
  const { selectedItemId } = useWalkthrough.getState();
  const agenda = document.getElementById('agenda');
  const target =
    (selectedItemId && agenda?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"]`)) ||
    agenda?.querySelector<HTMLElement>('[data-item-id][tabindex="0"]');
  target?.focus();
}

function currentItem() {
  const board = useBoardStore.getState().current?.board;
  const itemId = useWalkthrough.getState().selectedItemId;
  return board && itemId ? indexBoard(board).itemById.get(itemId) : undefined;
}

/** The walkthrough's keys: moving through the agenda, the time box, the presenter and the shortcut sheet. */
export function useWalkShortcuts({ showShortcuts }: { showShortcuts: () => void }): void {
  useEffect(() => {
    const actions: [ShortcutName, () => void][] = [
      ['showShortcuts', showShortcuts],
      ['nextUndecided', () => useAgendaStore.getState().step('nextUndecided')],
      ['nextItem', () => useAgendaStore.getState().step('next')],
      ['previousItem', () => useAgendaStore.getState().step('previous')],
      ['focusAgenda', focusCurrentAgendaItem],
      ['focusOutcome', () => useWalkthrough.getState().requestFocus('firstField')],
      ['presenter', () => void useLive.getState().openPresenter()],
      ['timerStartPause', () => void useTimer.getState().toggle()],
      [
        'timerExtend',
        () => {
          const item = currentItem();
          if (item) useTimer.getState().extend(item.id, DEFAULT_MINUTES[item.kind] * 60, 120);
        },
      ],
    ];
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog has the keyboard to itself; a restarted app takes no keys at all.
      if (event.defaultPrevented || document.querySelector('dialog[open]') || useNotices.getState().restarted) return;
      const typing = isTypingTarget(event.target);
      const action = actions.find(([name]) => pressed(event, name, typing));
      if (!action) return;
      event.preventDefault();
      action[1]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showShortcuts]);
}
