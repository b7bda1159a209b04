import { useEffect } from 'react';
import { isTypingTarget, matchesShortcut } from './shortcuts.ts';
import { useSessionStore } from './stores/index.ts';

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
