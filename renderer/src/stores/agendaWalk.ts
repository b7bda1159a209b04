import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { itemsOfNode } from '../../../shared/board/boardIndex.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import type { SessionSettings } from '../../../shared/session/settings.ts';
import {
  agendaSettingOf,
  arrangeAgenda,
  dropItem,
  moveItem,
  restoreItem,
  stepFrom,
  type ArrangedAgenda,
  type WalkStep,
} from '../../../shared/walkthrough.ts';
import type { BoardStore } from './board.ts';
import type { OutcomeStore } from './outcomes.ts';
import type { SessionSettingsStore } from './sessionSettings.ts';
import type { SessionStore } from './sessions.ts';
import type { useWalkthrough } from './walkthrough.ts';

type Walkthrough = UseBoundStore<StoreApi<ReturnType<(typeof useWalkthrough)['getState']>>>;

/** The agenda as the room takes it, narrowed to one node's items while a node is picked in the graph. */
export function visibleAgenda(board: Board, settings: SessionSettings, focusedNodeId: string | null): Item[] {
  const { items } = arrangeAgenda(board.items, settings.agenda);
  if (!focusedNodeId) return items;
  const ofNode = new Set(itemsOfNode(board, focusedNodeId).map((item) => item.id));
  return items.filter((item) => ofNode.has(item.id));
}

export interface AgendaWalkState {
  /** To the next or previous item, or the next one still open; the keyboard lands on its heading. */
  step: (step: WalkStep) => void;
  /** The item the room is likely to open next: the one after the current in the agenda (the first when none is open). */
  ahead: () => string | null;
  moveItem: (itemId: string, by: number) => Promise<void>;
  dropItem: (itemId: string) => Promise<void>;
  restoreItem: (itemId: string) => Promise<void>;
}

export interface AgendaWalkParts {
  boards: BoardStore;
  sessions: SessionStore;
  outcomes: OutcomeStore;
  sessionSettings: SessionSettingsStore;
  walkthrough: Walkthrough;
}

/** Walking the agenda, and arranging it: the order and what was dropped are kept with the session. */
export function createAgendaWalkStore({ boards, sessions, outcomes, sessionSettings, walkthrough }: AgendaWalkParts) {
  const rearrange = async (change: (agenda: ArrangedAgenda) => ArrangedAgenda) => {
    const board = boards.getState().current?.board;
    const current = sessions.getState().current;
    const settings = sessionSettings.getState().settings;
    if (!board || !current || current.closedAt) return;
    const before = arrangeAgenda(board.items, settings.agenda);
    const after = change(before);
    if (after === before) return;
    await sessionSettings.getState().saveSetting({ key: 'agenda', value: agendaSettingOf(after) });
  };

  const stepTarget = (step: WalkStep): string | null => {
    const board = boards.getState().current?.board;
    if (!board) return null;
    const settings = sessionSettings.getState().settings;
    const recorded = outcomes.getState().outcomes;
    const { selectedItemId, focusedNodeId } = walkthrough.getState();
    const order = visibleAgenda(board, settings, focusedNodeId).map((item) => item.id);
    return stepFrom(order, selectedItemId, step, (itemId) => recorded[itemId]?.status ?? 'open');
  };

  return create<AgendaWalkState>(() => ({
    ahead: () => stepTarget('next'),
    step: (step) => {
      const target = stepTarget(step);
      if (!target) return;
      walkthrough.getState().selectItem(target);
      walkthrough.getState().requestFocus('heading');
    },
    moveItem: (itemId, by) => rearrange((agenda) => moveItem(agenda, itemId, by)),
    dropItem: async (itemId) => {
      // Dropping the item under discussion moves the room on to the next one.
      if (walkthrough.getState().selectedItemId === itemId) {
        const board = boards.getState().current?.board;
        const order = board
          ? visibleAgenda(board, sessionSettings.getState().settings, walkthrough.getState().focusedNodeId).map(
              (i) => i.id,
            )
          : [];
        const next = stepFrom(order, itemId, 'next', () => 'open') ?? stepFrom(order, itemId, 'previous', () => 'open');
        walkthrough.getState().selectItem(next);
      }
      await rearrange((agenda) => dropItem(agenda, itemId));
    },
    restoreItem: (itemId) => rearrange((agenda) => restoreItem(agenda, itemId)),
  }));
}

export type AgendaWalkStore = ReturnType<typeof createAgendaWalkStore>;
