import { create } from 'zustand';
import type { ApiInput } from '../../../shared/api/contract.ts';
import type { Outcome, OutcomeFields, Session } from '../../../shared/session/schema.ts';
import { api } from '../api/client.ts';
import { useBoardStore } from './board.ts';
import { useNotices } from './notices.ts';
import { remembered } from './remembered.ts';
import { useWalkthrough } from './walkthrough.ts';

interface SessionState {
  sessions: Session[];
  current: Session | null;
  /** Outcomes of the current session by item id. */
  outcomes: Record<string, Outcome>;
  canUndo: boolean;
  canRedo: boolean;
  /** What the facilitator typed into an item's outcome form and has not saved yet. */
  pendingDraft: { itemId: string; changes: OutcomeFields } | null;
  setPendingDraft: (draft: { itemId: string; changes: OutcomeFields } | null) => void;
  /** Saves the unsaved draft, if any, so moving on never loses what was typed. */
  flushPendingDraft: () => Promise<void>;
  loadSessions: (boardId: string) => Promise<void>;
  openSession: (session: Session) => Promise<void>;
  createSession: (input: ApiInput<'sessions.create'>) => Promise<void>;
  recordOutcome: (itemId: string, changes: Partial<OutcomeFields>) => Promise<Outcome | null>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Runs a change to a session (rename, close, reopen, trash…) and refreshes what it affects. */
  changeSession: (change: () => Promise<Session | unknown>) => Promise<boolean>;
}

/** Every failure reaches the user as a message; the caller learns only whether it worked. */
async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    useNotices.getState().showError(error);
    return undefined;
  }
}

export const useSessionStore = create<SessionState>((set, get) => {
  const applyHistory = (result: {
    itemId: string | null;
    outcome: Outcome | null;
    canUndo: boolean;
    canRedo: boolean;
  }) => {
    const outcomes = { ...get().outcomes };
    if (result.itemId) {
      if (result.outcome) outcomes[result.itemId] = result.outcome;
      else delete outcomes[result.itemId];
      useWalkthrough.getState().selectItem(result.itemId);
    }
    set({ outcomes, canUndo: result.canUndo, canRedo: result.canRedo });
  };

  return {
    sessions: [],
    current: null,
    outcomes: {},
    canUndo: false,
    canRedo: false,
    pendingDraft: null,
    setPendingDraft: (pendingDraft) => set({ pendingDraft }),
    flushPendingDraft: async () => {
      const draft = get().pendingDraft;
      if (!draft || !get().current || get().current?.closedAt) return;
      set({ pendingDraft: null });
      await get().recordOutcome(draft.itemId, draft.changes);
    },
    loadSessions: async (boardId) => {
      const sessions = await attempt(() => api['sessions.list']({ boardId }));
      if (!sessions) return;
      set({ sessions });
      const current = get().current;
      const wanted = current?.boardId === boardId ? current.id : remembered.session(boardId);
      const keep = sessions.find((session) => session.id === wanted) ?? sessions[0];
      if (keep) await get().openSession(keep);
      else set({ current: null, outcomes: {}, canUndo: false, canRedo: false });
    },
    openSession: async (session) => {
      await get().flushPendingDraft();
      await attempt(async () => {
        const [list, history] = await Promise.all([
          api['outcomes.list']({ sessionId: session.id }),
          api['outcomes.undoState']({ sessionId: session.id }),
        ]);
        set({
          current: session,
          outcomes: Object.fromEntries(list.map((outcome) => [outcome.itemId, outcome])),
          ...history,
        });
        remembered.setSession(session.boardId, session.id);
        // Resume where the facilitator left this session.
        useWalkthrough.getState().selectItem(session.lastItemId);
        // A session shows the board as it was when it was held.
        if (useBoardStore.getState().current?.hash !== session.boardHash)
          await useBoardStore.getState().openBoard(session.boardId, session.boardHash);
      });
    },
    createSession: async (input) => {
      const session = await attempt(() => api['sessions.create'](input));
      if (!session) return;
      set({ sessions: [session, ...get().sessions] });
      await get().openSession(session);
    },
    recordOutcome: async (itemId, changes) => {
      const session = get().current;
      if (!session) return null;
      const outcome = await attempt(() => api['outcomes.record']({ sessionId: session.id, itemId, changes }));
      if (!outcome) return null;
      set({ outcomes: { ...get().outcomes, [itemId]: outcome }, canUndo: true, canRedo: false });
      return outcome;
    },
    undo: async () => {
      const session = get().current;
      if (!session || session.closedAt) return;
      // What was typed counts as the newest change: saved first, so undo takes back exactly that.
      await get().flushPendingDraft();
      const result = await attempt(() => api['outcomes.undo']({ sessionId: session.id }));
      if (result) applyHistory(result);
    },
    redo: async () => {
      const session = get().current;
      if (!session || session.closedAt) return;
      await get().flushPendingDraft();
      const result = await attempt(() => api['outcomes.redo']({ sessionId: session.id }));
      if (result) applyHistory(result);
    },
    changeSession: async (change) => {
      const done = await attempt(async () => {
        await change();
        return true;
      });
      if (!done) return false;
      const boardId = useBoardStore.getState().current?.board.meta.id;
      const current = get().current;
      if (current) {
        const fresh = await attempt(() => api['sessions.list']({ boardId }));
        if (fresh) {
          const stillThere = fresh.find((session) => session.id === current.id);
          set({ sessions: fresh, current: stillThere ?? null });
          if (!stillThere && fresh[0]) await get().openSession(fresh[0]);
          if (!stillThere && !fresh[0]) set({ outcomes: {}, canUndo: false, canRedo: false });
        }
      } else if (boardId) await get().loadSessions(boardId);
      return true;
    },
  };
});
