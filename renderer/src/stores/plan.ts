import { create } from 'zustand';
import type { Item } from '../../../shared/board/schema.ts';
import {
  DEFAULT_PLAN,
  MAX_MEETING_MINUTES,
  pickItems,
  timeboxSeconds,
  withTimebox,
  type MeetingPlan,
  type PlanPick,
} from '../../../shared/meeting/plan.ts';
import { agendaOrder } from '../../../shared/agenda.ts';
import {
  agendaSettingOf,
  arrangeAgenda,
  dropItem,
  moveItem,
  restoreItem,
  type ArrangedAgenda,
} from '../../../shared/walkthrough.ts';
import type { BoardStore } from './board.ts';
import type { OutcomeStore } from './outcomes.ts';
import type { SessionSettingsStore } from './sessionSettings.ts';
import type { SessionStore } from './sessions.ts';

export interface PlanState {
  setLength: (minutes: number) => Promise<void>;
  setTimebox: (itemId: string, minutes: number) => Promise<void>;
  /** Adds time to an item's box, from its current length. */
  extendTimebox: (item: Pick<Item, 'id' | 'kind'>, seconds: number) => Promise<void>;
  setStartTimerOnOpen: (start: boolean) => Promise<void>;
  /** Today's agenda becomes the items the pick takes, in the default order; the rest is kept aside, not deleted. */
  pick: (pick: PlanPick) => Promise<void>;
  /** Puts an item that is not on today's agenda on it, at its end. */
  addItem: (itemId: string) => Promise<void>;
  /** Takes an item off today's agenda; it stays on the board, one action away. */
  removeItem: (itemId: string) => Promise<void>;
  /** Moves an item `by` places on today's agenda (negative: up). */
  moveItem: (itemId: string, by: number) => Promise<void>;
}

/** The plan of the current session, or the default one. */
export function planOf(sessionSettings: SessionSettingsStore): MeetingPlan {
  return sessionSettings.getState().settings.plan ?? DEFAULT_PLAN;
}

export interface PlanParts {
  boards: BoardStore;
  sessions: SessionStore;
  outcomes: OutcomeStore;
  sessionSettings: SessionSettingsStore;
}

/**
 * The meeting plan: its length, the time boxes and today's agenda. Each change is saved with the
 * session as an audit event (the back end records `session.planned` for the plan and the agenda).
 */
export function createPlanStore({ boards, sessions, outcomes, sessionSettings }: PlanParts) {
  const savePlan = async (change: (plan: MeetingPlan) => MeetingPlan) => {
    const before = planOf(sessionSettings);
    const after = change(before);
    if (JSON.stringify(after) === JSON.stringify(before)) return;
    await sessionSettings.getState().saveSetting({ key: 'plan', value: after });
  };
  const arrange = async (change: (agenda: ArrangedAgenda) => ArrangedAgenda) => {
    const board = boards.getState().current?.board;
    if (!board) return;
    const before = arrangeAgenda(board.items, sessionSettings.getState().settings.agenda);
    const after = change(before);
    if (after === before) return;
    await sessionSettings.getState().saveSetting({ key: 'agenda', value: agendaSettingOf(after) });
  };

  return create<PlanState>(() => ({
    setLength: (minutes) =>
      savePlan((plan) => ({
        ...plan,
        lengthMinutes: Math.round(Math.min(MAX_MEETING_MINUTES, Math.max(1, minutes))),
      })),
    setTimebox: (itemId, minutes) => savePlan((plan) => withTimebox(plan, itemId, minutes)),
    extendTimebox: (item, seconds) =>
      savePlan((plan) => withTimebox(plan, item.id, (timeboxSeconds(plan, item) + seconds) / 60)),
    setStartTimerOnOpen: (startTimerOnOpen) => savePlan((plan) => ({ ...plan, startTimerOnOpen })),
    pick: (pick) =>
      arrange(() => {
        const board = boards.getState().current!.board;
        const current = sessions.getState().current;
        const recorded = outcomes.getState().outcomes;
        const picked = pickItems(board, agendaOrder(board.items), pick, recorded, current ?? { date: '' });
        const on = new Set(picked.map((item) => item.id));
        return { items: picked, dropped: board.items.filter((item) => !on.has(item.id)) };
      }),
    addItem: (itemId) => arrange((agenda) => restoreItem(agenda, itemId)),
    removeItem: (itemId) => arrange((agenda) => dropItem(agenda, itemId)),
    moveItem: (itemId, by) => arrange((agenda) => moveItem(agenda, itemId, by)),
  }));
}

export type PlanStore = ReturnType<typeof createPlanStore>;
