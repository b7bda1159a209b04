import { create } from 'zustand';
import type { ApiInput, ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import type { Outcome, OutcomeFields, Session } from '../../../shared/session/schema.ts';
import type { SaveSetting, SessionSettings } from '../../../shared/session/settings.ts';
import { attempt } from './attempt.ts';
import type { BoardStore } from './board.ts';
import type { Memory } from './memory.ts';
import { useWalkthrough } from './walkthrough.ts';

/** The fields of an outcome form; votes are cast one by one and are not part of it. */
export type OutcomeDraft = Omit<OutcomeFields, 'votes'>;
export type ExportedFile = ApiOutput<'sessions.export'>;
type UndoResult = ApiOutput<'outcomes.undo'>;
export type DueReview = ApiOutput<'sessions.dueForReview'>[number];

export interface SessionState {
  sessions: Session[];
  trash: Session[];
  current: Session | null;
  /** Outcomes of the current session by item id. */
  outcomes: Record<string, Outcome>;
  /** How the current session is run: its agenda, decision-tree context, export options. */
  settings: SessionSettings;
  canUndo: boolean;
  canRedo: boolean;
  /** Counts undo and redo steps and session switches: an open outcome form starts afresh from what is stored then. */
  historyStep: number;
  /** What the facilitator typed into an item's outcome form and has not saved yet. */
  pendingDraft: { sessionId: string; itemId: string; changes: OutcomeDraft } | null;
  setPendingDraft: (draft: { itemId: string; changes: OutcomeDraft } | null) => void;
  /** Saves the unsaved draft, if any, and whatever else waits to be saved (time spent), so moving on loses nothing. */
  flushPendingDraft: () => Promise<void>;
  /** Adds work to what flushPendingDraft saves. */
  addFlusher: (flush: () => Promise<void>) => void;
  loadSessions: (boardId: string) => Promise<void>;
  openSession: (session: Session) => Promise<void>;
  createSession: (input: ApiInput<'sessions.create'>) => Promise<Session | undefined>;
  recordOutcome: (itemId: string, changes: Partial<OutcomeDraft>) => Promise<Outcome | null>;
  castVote: (itemId: string, participant: string, optionId: string | null) => Promise<Outcome | null>;
  /** Adds time the room spent on an item of the session it was spent in; not an undoable change. */
  addTime: (sessionId: string, itemId: string, seconds: number) => Promise<Outcome | null>;
  /** Saves one setting of the current session; shown at once, and put back as stored if saving fails. */
  saveSetting: (setting: SaveSetting) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Remembers the item under discussion, so the session resumes there after a restart. */
  rememberItem: (itemId: string) => Promise<void>;
  renameSession: (sessionId: string, title: string) => Promise<boolean>;
  /** The facilitator's written summary, page 1 of the report; durable and audited before it says saved. */
  saveSummary: (sessionId: string, summary: string) => Promise<boolean>;
  closeSession: (sessionId: string) => Promise<boolean>;
  reopenSession: (sessionId: string) => Promise<boolean>;
  trashSession: (sessionId: string) => Promise<boolean>;
  restoreSession: (sessionId: string) => Promise<boolean>;
  loadTrash: () => Promise<void>;
  emptyTrash: () => Promise<boolean>;
  /** The one path to the next review: carries every item's latest outcome, closing the session it follows. */
  startNextReview: (input: ApiInput<'sessions.nextReview'>) => Promise<ApiOutput<'sessions.nextReview'> | undefined>;
  /** "Confirmed, unchanged" for a carried decision, with a new review date when one was typed. */
  confirmOutcome: (itemId: string, reviewDate?: string | null) => Promise<Outcome | null>;
  exportSession: (sessionId: string) => Promise<ExportedFile | undefined>;
  /** Decisions of the board whose review date has come, from the latest session that recorded each. */
  dueReviews: DueReview[];
  /** Decisions due by `asOf`, leaving out those already on the agenda of the session on screen. */
  loadDueReviews: (boardId: string, asOf: string) => Promise<void>;
  importSession: (file: { name: string; base64: string }) => Promise<ApiOutput<'sessions.import'> | undefined>;
  /** The board's whole history (sessions, links, register) as one file. */
  exportHistory: (boardId: string) => Promise<ExportedFile | undefined>;
  importHistory: (file: { name: string; base64: string }) => Promise<ApiOutput<'boards.importHistory'> | undefined>;
}

export function createSessionStore(api: BoardwalkApi, memory: Memory, boards: BoardStore) {
  // Opening sessions quickly one after another: only the last one asked for becomes current.
  let openRequest = 0;
  const flushers: (() => Promise<void>)[] = [];

  return create<SessionState>((set, get) => {
    const isCurrent = (sessionId: string) => get().current?.id === sessionId;

    /** Undo and redo move the walkthrough to the item they changed. */
    const applyHistory = (sessionId: string, result: UndoResult) => {
      if (!isCurrent(sessionId)) return;
      const outcomes = { ...get().outcomes };
      if (result.itemId) {
        if (result.outcome) outcomes[result.itemId] = result.outcome;
        else delete outcomes[result.itemId];
        useWalkthrough.getState().selectItem(result.itemId);
      }
      set({ outcomes, canUndo: result.canUndo, canRedo: result.canRedo, historyStep: get().historyStep + 1 });
    };

    /** An outcome the back end confirmed; it is shown only while its session is still the one on screen. */
    const applyOutcome = (outcome: Outcome) => {
      if (!isCurrent(outcome.sessionId)) return;
      set({ outcomes: { ...get().outcomes, [outcome.itemId]: outcome }, canUndo: true, canRedo: false });
    };

    /** After a change to a session: the list is read again, and the current session follows. */
    const refresh = async () => {
      const boardId = boards.getState().current?.board.meta.id;
      const fresh = await attempt(() => api['sessions.list']({ boardId }));
      if (!fresh) return;
      const current = get().current;
      const stillThere = current && fresh.find((session) => session.id === current.id);
      set({ sessions: fresh, current: stillThere ?? null });
      if (current && !stillThere) {
        if (fresh[0]) await get().openSession(fresh[0]);
        else set({ outcomes: {}, settings: {}, canUndo: false, canRedo: false });
      }
    };

    const changeSession = async (change: () => Promise<unknown>) => {
      const done = await attempt(change);
      if (done === undefined) return false;
      await refresh();
      return true;
    };

    const step = async (direction: 'outcomes.undo' | 'outcomes.redo') => {
      const session = get().current;
      if (!session || session.closedAt) return;
      // What was typed counts as the newest change: saved first, so undo takes back exactly that.
      await get().flushPendingDraft();
      const result = await attempt(() => api[direction]({ sessionId: session.id }));
      if (result) applyHistory(session.id, result);
    };

    return {
      sessions: [],
      trash: [],
      current: null,
      outcomes: {},
      settings: {},
      canUndo: false,
      canRedo: false,
      historyStep: 0,
      pendingDraft: null,
      setPendingDraft: (draft) => {
        const sessionId = get().current?.id;
        set({ pendingDraft: draft && sessionId ? { ...draft, sessionId } : null });
      },
      flushPendingDraft: async () => {
        const draft = get().pendingDraft;
        if (draft) {
          set({ pendingDraft: null });
          const outcome = await attempt(() =>
            api['outcomes.record']({ sessionId: draft.sessionId, itemId: draft.itemId, changes: draft.changes }),
          );
          if (outcome) applyOutcome(outcome);
        }
        for (const flush of flushers) await flush();
      },
      addFlusher: (flush) => {
        flushers.push(flush);
      },
      loadSessions: async (boardId) => {
        const sessions = await attempt(() => api['sessions.list']({ boardId }));
        if (!sessions || boards.getState().current?.board.meta.id !== boardId) return;
        set({ sessions });
        const current = get().current;
        const wanted = current?.boardId === boardId ? current.id : memory.session(boardId);
        const keep = sessions.find((session) => session.id === wanted) ?? sessions[0];
        if (keep) await get().openSession(keep);
        else set({ current: null, outcomes: {}, settings: {}, canUndo: false, canRedo: false });
      },
      openSession: async (session) => {
        const request = ++openRequest;
        const selectedBefore = useWalkthrough.getState().selectedItemId;
        await get().flushPendingDraft();
        const loaded = await attempt(() =>
          Promise.all([
            api['outcomes.list']({ sessionId: session.id }),
            api['outcomes.undoState']({ sessionId: session.id }),
            api['sessions.settings']({ sessionId: session.id }),
          ]),
        );
        if (!loaded || request !== openRequest) return;
        const [list, history, settings] = loaded;
        set({
          current: session,
          outcomes: Object.fromEntries(list.map((outcome) => [outcome.itemId, outcome])),
          settings,
          ...history,
          historyStep: get().historyStep + 1,
        });
        memory.setSession(session.boardId, session.id);
        // Resume where the facilitator left this session, unless an item was picked while it loaded.
        if (useWalkthrough.getState().selectedItemId === selectedBefore)
          useWalkthrough.getState().selectItem(session.lastItemId);
        // A session shows the board as it was when it was held.
        if (boards.getState().current?.hash !== session.boardHash)
          await boards.getState().openBoard(session.boardId, session.boardHash);
      },
      createSession: async (input) => {
        const session = await attempt(() => api['sessions.create'](input));
        if (!session) return undefined;
        set({ sessions: [session, ...get().sessions] });
        await get().openSession(session);
        return session;
      },
      recordOutcome: async (itemId, changes) => {
        const session = get().current;
        if (!session) return null;
        const outcome = await attempt(() => api['outcomes.record']({ sessionId: session.id, itemId, changes }));
        if (!outcome) return null;
        applyOutcome(outcome);
        return outcome;
      },
      castVote: async (itemId, participant, optionId) => {
        const session = get().current;
        if (!session) return null;
        const outcome = await attempt(() =>
          api['outcomes.vote']({ sessionId: session.id, itemId, participant, optionId }),
        );
        if (!outcome) return null;
        applyOutcome(outcome);
        return outcome;
      },
      addTime: async (sessionId, itemId, seconds) => {
        const outcome = await attempt(() => api['outcomes.addTime']({ sessionId, itemId, seconds }));
        // Only the time changed: the undo state stays, and an open form keeps what is typed in it.
        if (outcome && isCurrent(sessionId)) set({ outcomes: { ...get().outcomes, [itemId]: outcome } });
        return outcome ?? null;
      },
      saveSetting: async (setting) => {
        const session = get().current;
        if (!session || session.closedAt) return false;
        set({ settings: { ...get().settings, [setting.key]: setting.value } });
        const stored = await attempt(() => api['sessions.saveSetting']({ sessionId: session.id, setting }));
        if (!isCurrent(session.id)) return stored !== undefined;
        if (stored) set({ settings: stored });
        else {
          const again = await attempt(() => api['sessions.settings']({ sessionId: session.id }));
          if (again && isCurrent(session.id)) set({ settings: again });
        }
        return stored !== undefined;
      },
      undo: () => step('outcomes.undo'),
      redo: () => step('outcomes.redo'),
      rememberItem: async (itemId) => {
        const session = get().current;
        if (!session || session.lastItemId === itemId) return;
        // Where the facilitator is matters less than what was decided: a failure here is not shown.
        await api['sessions.resume']({ sessionId: session.id, itemId }).catch(() => undefined);
      },
      renameSession: (sessionId, title) => changeSession(() => api['sessions.rename']({ sessionId, title })),
      saveSummary: (sessionId, summary) => changeSession(() => api['sessions.saveSummary']({ sessionId, summary })),
      closeSession: async (sessionId) => {
        if (isCurrent(sessionId)) await get().flushPendingDraft();
        return changeSession(() => api['sessions.close']({ sessionId }));
      },
      reopenSession: (sessionId) => changeSession(() => api['sessions.reopen']({ sessionId })),
      trashSession: async (sessionId) => {
        const done = await changeSession(() => api['sessions.trash']({ sessionId }));
        if (done) await get().loadTrash();
        return done;
      },
      restoreSession: async (sessionId) => {
        const done = await changeSession(() => api['sessions.restore']({ sessionId }));
        if (done) await get().loadTrash();
        return done;
      },
      loadTrash: async () => {
        const trash = await attempt(() => api['sessions.listTrash']({}));
        if (trash) set({ trash });
      },
      emptyTrash: async () => {
        const done = await changeSession(() => api['sessions.emptyTrash']({}));
        if (done) set({ trash: [] });
        return done;
      },
      startNextReview: async (input) => {
        if (isCurrent(input.sessionId)) await get().flushPendingDraft();
        const result = await attempt(() => api['sessions.nextReview'](input));
        if (!result) return undefined;
        set({ dueReviews: [] });
        await refresh();
        await get().openSession(result.session);
        return result;
      },
      exportSession: (sessionId) => attempt(() => api['sessions.export']({ sessionId })),
      dueReviews: [],
      loadDueReviews: async (boardId, asOf) => {
        const exceptSessionId = get().current?.id;
        const due = await attempt(() => api['sessions.dueForReview']({ boardId, asOf, exceptSessionId }));
        if (due && boards.getState().current?.board.meta.id === boardId) set({ dueReviews: due });
      },
      confirmOutcome: async (itemId, reviewDate) => {
        const session = get().current;
        if (!session) return null;
        const outcome = await attempt(() =>
          api['outcomes.confirm']({
            sessionId: session.id,
            itemId,
            ...(reviewDate === undefined ? {} : { reviewDate }),
          }),
        );
        if (!outcome) return null;
        applyOutcome(outcome);
        return outcome;
      },
      exportHistory: (boardId) => attempt(() => api['boards.exportHistory']({ boardId })),
      importHistory: async (file) => {
        const imported = await attempt(() => api['boards.importHistory']({ file }));
        const latest = imported?.sessions.at(-1);
        if (!imported || !latest) return imported;
        await boards.getState().loadBoards();
        await boards.getState().openBoard(latest.boardId, latest.boardHash);
        await refresh();
        await get().openSession(latest);
        return imported;
      },
      importSession: async (file) => {
        const imported = await attempt(() => api['sessions.import']({ file }));
        if (!imported) return undefined;
        await boards.getState().loadBoards();
        await boards.getState().openBoard(imported.boardId, imported.boardHash);
        await refresh();
        await get().openSession(imported);
        return imported;
      },
    };
  });
}

export type SessionStore = ReturnType<typeof createSessionStore>;
