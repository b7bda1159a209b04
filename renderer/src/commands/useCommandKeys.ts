import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/shell.ts';
import { onMenuCommand, useNotices } from '../stores/index.ts';
import { COMMAND_ACTIONS, runCommand, type RunnableCommandId } from './actions.ts';
import { isTypingTarget, pageCommandsFor } from './table.ts';

/**
 * The page's one key listener: a key runs the command the table gives it, wherever the focus is,
 * except that in a text field only combinations with Alt count (letters type, Ctrl+Z undoes typing).
 */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog has the keyboard to itself; a restarted app takes no keys at all.
      if (event.defaultPrevented || document.querySelector('dialog[open]') || useNotices.getState().restarted) return;
      const id = pageCommandsFor(event, isTypingTarget(event.target)).find(
        (candidate): candidate is RunnableCommandId => candidate in COMMAND_ACTIONS,
      );
      if (!id) return;
      event.preventDefault();
      runCommand(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The desktop's Edit menu: in a text field its undo undoes typing, anywhere else the last decision. */
export function runMenuCommand(command: MenuCommand): void {
  if (isTypingTarget(document.activeElement)) {
    // The menu took the place of the field's own key: do what the key would have done there.
    document.execCommand(command);
    return;
  }
  runCommand(command satisfies RunnableCommandId);
}

export function useMenuCommands(): void {
  useEffect(() => onMenuCommand(runMenuCommand), []);
}
