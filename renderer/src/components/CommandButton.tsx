import type { ReactNode, Ref } from 'react';
import { COMMAND_ACTIONS, runCommand, type RunnableCommandId } from '../commands/actions.ts';
import { ariaKeys } from '../commands/table.ts';
import { useBoardStore, useOutcomes, useSessionStore, useWalkthrough } from '../stores/index.ts';

/** Whether a command can run now, drawn again when the state it depends on changes. */
export function useCommandEnabled(id: RunnableCommandId): boolean {
  // Commands are enabled by the session, the board and the item on screen: follow those.
  useSessionStore((state) => state.current);
  useOutcomes((state) => state.canUndo);
  useOutcomes((state) => state.canRedo);
  useBoardStore((state) => state.current);
  useWalkthrough((state) => state.selectedItemId);
  return COMMAND_ACTIONS[id].enabled();
}

/** A button that runs a command of the table, enabled when it can run, announcing its keys. */
export function CommandButton({
  id,
  children,
  className,
  buttonRef,
}: {
  id: RunnableCommandId;
  children: ReactNode;
  className?: string;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const enabled = useCommandEnabled(id);
  const keys = ariaKeys(id);
  return (
    <button
      ref={buttonRef}
      type="button"
      className={className}
      disabled={!enabled}
      onClick={() => runCommand(id)}
      aria-keyshortcuts={keys || undefined}
    >
      {children}
    </button>
  );
}
