import { indexBoard } from '../../../shared/board/boardIndex.ts';
import {
  useAgendaWalk,
  useBoardStore,
  useDialogs,
  usePresenterLink,
  useOutcomes,
  usePlan,
  useSessionStore,
  useTimer,
  useWalkthrough,
} from '../stores/index.ts';
import { toggleGraphLarge } from '../graph/graphLarge.ts';
import type { CommandId } from './table.ts';
import type { COMMANDS } from './table.ts';

/** What a command runs, and when it can. */
export interface CommandAction {
  enabled: () => boolean;
  run: () => void | Promise<void>;
}

type PageCommand = {
  [Id in CommandId]: (typeof COMMANDS)[Id]['keysHandledBy'] extends 'page' ? Id : never;
}[CommandId];
/** Commands the page runs by themselves (selecting an item takes the item, so it is run with one). */
export type RunnableCommandId = Exclude<PageCommand, 'selectItem'>;

const EXTEND_SECONDS = 2 * 60;

function currentItem() {
  const board = useBoardStore.getState().current?.board;
  const itemId = useWalkthrough.getState().selectedItemId;
  return board && itemId ? indexBoard(board).itemById.get(itemId) : undefined;
}

/** A session is open on screen and not closed: its outcomes and plan can change. */
function editable(): boolean {
  const session = useSessionStore.getState().current;
  return session !== null && session.closedAt === null;
}

function focusCurrentAgendaItem(): void {
  const { selectedItemId } = useWalkthrough.getState();
  const agenda = document.getElementById('agenda');
  const target =
    (selectedItemId && agenda?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"]`)) ||
    agenda?.querySelector<HTMLElement>('[data-item-id][tabindex="0"]');
  target?.focus();
}

const always = () => true;
const hasBoard = () => useBoardStore.getState().current !== null;

export const COMMAND_ACTIONS: Record<RunnableCommandId, CommandAction> = {
  showShortcuts: { enabled: always, run: () => useDialogs.getState().show('shortcuts') },
  undo: {
    enabled: () => editable() && useOutcomes.getState().canUndo,
    run: () => useOutcomes.getState().undo(),
  },
  redo: {
    enabled: () => editable() && useOutcomes.getState().canRedo,
    run: () => useOutcomes.getState().redo(),
  },
  nextItem: { enabled: hasBoard, run: () => useAgendaWalk.getState().step('next') },
  previousItem: { enabled: hasBoard, run: () => useAgendaWalk.getState().step('previous') },
  nextUndecided: { enabled: hasBoard, run: () => useAgendaWalk.getState().step('nextUndecided') },
  focusAgenda: { enabled: hasBoard, run: focusCurrentAgendaItem },
  focusOutcome: {
    enabled: () => currentItem() !== undefined,
    run: () => useWalkthrough.getState().requestFocus('firstField'),
  },
  presenter: { enabled: always, run: () => usePresenterLink.getState().openPresenter() },
  graphLarge: { enabled: hasBoard, run: toggleGraphLarge },
  timerStartPause: {
    enabled: () => editable() && currentItem() !== undefined,
    run: () => useTimer.getState().toggle(),
  },
  timerExtend: {
    enabled: () => editable() && currentItem() !== undefined,
    run: () => {
      const item = currentItem();
      if (item) return usePlan.getState().extendTimebox(item, EXTEND_SECONDS);
    },
  },
  openPlan: {
    enabled: () => useSessionStore.getState().current !== null,
    run: () => useDialogs.getState().show('plan'),
  },
};

/** Runs a command if it can run now; true when it ran. */
export function runCommand(id: RunnableCommandId): boolean {
  const action = COMMAND_ACTIONS[id];
  if (!action.enabled()) return false;
  void action.run();
  return true;
}
