import { create } from 'zustand';
import type { ApiInput, ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import { attempt } from './attempt.ts';
import type { BoardStore } from './board.ts';
import type { Memory } from './memory.ts';
import { useWalkthrough } from './walkthrough.ts';

export type ExportedFile = ApiOutput<'sessions.export'>;
export type DueReview = ApiOutput<'sessions.dueForReview'>[number];

/**
 * What another store keeps of the session on screen (its outcomes, its settings): read together
 * with the session when it opens, and shown in the same step, so no view shows one session's
 * outcomes under another session's title.
 */
export interface SessionPart {
  /** Reads the part of a session; calling what it returns shows it. Throws when reading fails. */
  load: (sessionId: string) => Promise<() => void>;
  /** No session is on screen any more. */
  clear: () => void;
}

export interface SessionState {
  sessions: Session[];
  trash: Session[];
  current: Session | null;
  /** Saves whatever waits to be saved (drafts, time spent), so moving on loses nothing. */
  flushUnsaved: () => Promise<void>;
  /** Adds work to what flushUnsaved saves. */
  addFlusher: (flush: () => Promise<void>) => void;
  /** Adds a part that opening a session reads and shows with it. */
  addPart: (part: SessionPart) => void;
  loadSessions: (boardId: string) => Promise<void>;
  openSession: (session: Session) => Promise<void>;
  createSession: (input: ApiInput<'sessions.create'>) => Promise<Session | undefined>;
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

/** The sessions of the board: the list, the one on screen, the trash, and moving between them. */
export function createSessionStore(api: BoardwalkApi, memory: Memory, boards: BoardStore) {
  // Opening sessions quickly one after another: only the last one asked for becomes current.
  let openRequest = 0;
  const flushers: (() => Promise<void>)[] = [];
  const parts: SessionPart[] = [];

  return create<SessionState>((set, get) => {
    const isCurrent = (sessionId: string) => get().current?.id === sessionId;

    const showNone = () => {
      for (const part of parts) part.clear();
      set({ current: null });
    };

    /** After a change to a session: the list is read again, and the current session follows. */
    const refresh = async () => {
      const boardId = boards.getState().current?.board.meta.id;
      const fresh = await attempt(() => api['sessions.list']({ boardId }));
      if (!fresh) return;
      const current = get().current;
      const stillThere = current && fresh.find((session) => session.id === current.id);
      const gone = current !== null && !stillThere;
      if (gone && !fresh[0]) for (const part of parts) part.clear();
      set({ sessions: fresh, current: stillThere ?? null });
      if (gone && fresh[0]) await get().openSession(fresh[0]);
    };

    const changeSession = async (change: () => Promise<unknown>) => {
      const done = await attempt(change);
      if (done === undefined) return false;
      await refresh();
      return true;
    };

    return {
      sessions: [],
      trash: [],
      current: null,
      flushUnsaved: async () => {
        for (const flush of flushers) await flush();
      },
      addFlusher: (flush) => {
        flushers.push(flush);
      },
      addPart: (part) => {
        parts.push(part);
      },
      loadSessions: async (boardId) => {
        const sessions = await attempt(() => api['sessions.list']({ boardId }));
        if (!sessions || boards.getState().current?.board.meta.id !== boardId) return;
        set({ sessions });
        const current = get().current;
        const wanted = current?.boardId === boardId ? current.id : memory.session(boardId);
        const keep = sessions.find((session) => session.id === wanted) ?? sessions[0];
        if (keep) await get().openSession(keep);
        else showNone();
      },
      openSession: async (session) => {
        const request = ++openRequest;
        const selectedBefore = useWalkthrough.getState().selectedItemId;
        await get().flushUnsaved();
        const loaded = await attempt(() => Promise.all(parts.map((part) => part.load(session.id))));
        if (!loaded || request !== openRequest) return;
        for (const show of loaded) show();
        set({ current: session });
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
      rememberItem: async (itemId) => {
        const session = get().current;
        if (!session || session.lastItemId === itemId) return;
        // Where the facilitator is matters less than what was decided: a failure here is not shown.
        await api['sessions.resume']({ sessionId: session.id, itemId }).catch(() => undefined);
      },
      renameSession: (sessionId, title) => changeSession(() => api['sessions.rename']({ sessionId, title })),
      saveSummary: (sessionId, summary) => changeSession(() => api['sessions.saveSummary']({ sessionId, summary })),
      closeSession: async (sessionId) => {
        if (isCurrent(sessionId)) await get().flushUnsaved();
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
        if (isCurrent(input.sessionId)) await get().flushUnsaved();
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
