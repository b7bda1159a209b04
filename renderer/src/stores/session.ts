import { create } from 'zustand';
import type { ApiInput } from '../../../shared/api/contract.ts';
import type { Outcome, OutcomeFields, Session } from '../../../shared/session/schema.ts';
import { api } from '../api/client.ts';
import { useBoardStore } from './board.ts';
import { useNotices } from './notices.ts';
import { remembered } from './remembered.ts';

interface SessionState {
  sessions: Session[];
  current: Session | null;
  /** Outcomes of the current session by item id. */
  outcomes: Record<string, Outcome>;
  loadSessions: (boardId: string) => Promise<void>;
  openSession: (session: Session) => Promise<void>;
  createSession: (input: ApiInput<'sessions.create'>) => Promise<void>;
  recordOutcome: (itemId: string, changes: Partial<OutcomeFields>) => Promise<Outcome | null>;
}

export const useSessionStore = create<SessionState>((set, get) => ({
  sessions: [],
  current: null,
  outcomes: {},
  loadSessions: async (boardId) => {
    try {
      const sessions = await api['sessions.list']({ boardId });
      set({ sessions });
      const current = get().current;
      const wanted = current?.boardId === boardId ? current.id : remembered.session(boardId);
      const keep = sessions.find((session) => session.id === wanted) ?? sessions[0];
      if (keep) await get().openSession(keep);
      else set({ current: null, outcomes: {} });
    } catch (error) {
      useNotices.getState().showError(error);
    }
  },
  openSession: async (session) => {
    try {
      const list = await api['outcomes.list']({ sessionId: session.id });
      set({ current: session, outcomes: Object.fromEntries(list.map((outcome) => [outcome.itemId, outcome])) });
      remembered.setSession(session.boardId, session.id);
      // A session shows the board as it was when it was held.
      if (useBoardStore.getState().current?.hash !== session.boardHash)
        await useBoardStore.getState().openBoard(session.boardId, session.boardHash);
    } catch (error) {
      useNotices.getState().showError(error);
    }
  },
  createSession: async (input) => {
    try {
      const session = await api['sessions.create'](input);
      set({ sessions: [session, ...get().sessions] });
      await get().openSession(session);
    } catch (error) {
      useNotices.getState().showError(error);
    }
  },
  recordOutcome: async (itemId, changes) => {
    const session = get().current;
    if (!session) return null;
    try {
      const outcome = await api['outcomes.record']({ sessionId: session.id, itemId, changes });
      set({ outcomes: { ...get().outcomes, [itemId]: outcome } });
      return outcome;
    } catch (error) {
      useNotices.getState().showError(error);
      return null;
    }
  },
}));
