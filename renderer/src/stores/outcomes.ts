import { create } from 'zustand';
import type { ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import type { Outcome, OutcomeFields } from '../../../shared/session/schema.ts';
import { attempt } from './attempt.ts';
import type { SessionStore } from './sessions.ts';
import { useWalkthrough } from './walkthrough.ts';

/** The fields of an outcome form; votes are cast one by one and are not part of it. */
export type OutcomeDraft = Omit<OutcomeFields, 'votes'>;
type UndoResult = ApiOutput<'outcomes.undo'>;

export interface OutcomeState {
  /** Outcomes of the current session by item id. */
  outcomes: Record<string, Outcome>;
  canUndo: boolean;
  canRedo: boolean;
  /** Counts undo and redo steps and session switches: an open outcome form starts afresh from what is stored then. */
  historyStep: number;
  recordOutcome: (itemId: string, changes: Partial<OutcomeDraft>) => Promise<Outcome | null>;
  castVote: (itemId: string, participant: string, optionId: string | null) => Promise<Outcome | null>;
  /** Adds time the room spent on an item of the session it was spent in; not an undoable change. */
  addTime: (sessionId: string, itemId: string, seconds: number) => Promise<Outcome | null>;
  /** "Confirmed, unchanged" for a carried decision, with a new review date when one was typed. */
  confirmOutcome: (itemId: string, reviewDate?: string | null) => Promise<Outcome | null>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** The session's outcomes as the back end now has them (after the room voted); the undo state stays. */
  takeIn: (sessionId: string, outcomes: Outcome[]) => void;
}

const byItem = (list: Outcome[]) => Object.fromEntries(list.map((outcome) => [outcome.itemId, outcome]));

/** What was decided in the session on screen, and taking it back: each change is one undo step. */
export function createOutcomeStore(api: BoardwalkApi, sessions: SessionStore) {
  const store = create<OutcomeState>((set, get) => {
    const isCurrent = (sessionId: string) => sessions.getState().current?.id === sessionId;

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
    const applyOutcome = (outcome: Outcome | undefined) => {
      if (!outcome) return null;
      if (isCurrent(outcome.sessionId))
        set({ outcomes: { ...get().outcomes, [outcome.itemId]: outcome }, canUndo: true, canRedo: false });
      return outcome;
    };

    /** A change to the current session's outcomes, shown once the back end confirmed it. */
    const change = async (send: (sessionId: string) => Promise<Outcome>) => {
      const session = sessions.getState().current;
      if (!session) return null;
      return applyOutcome(await attempt(() => send(session.id)));
    };

    const step = async (direction: 'outcomes.undo' | 'outcomes.redo') => {
      const session = sessions.getState().current;
      if (!session || session.closedAt) return;
      // What waits to be saved counts as the newest change: saved first, so undo takes back exactly that.
      await sessions.getState().flushUnsaved();
      const result = await attempt(() => api[direction]({ sessionId: session.id }));
      if (result) applyHistory(session.id, result);
    };

    return {
      outcomes: {},
      canUndo: false,
      canRedo: false,
      historyStep: 0,
      recordOutcome: (itemId, changes) => change((sessionId) => api['outcomes.record']({ sessionId, itemId, changes })),
      castVote: (itemId, participant, optionId) =>
        change((sessionId) => api['outcomes.vote']({ sessionId, itemId, participant, optionId })),
      addTime: async (sessionId, itemId, seconds) => {
        const outcome = await attempt(() => api['outcomes.addTime']({ sessionId, itemId, seconds }));
        // Only the time changed: the undo state stays, and an open form keeps what is typed in it.
        if (outcome && isCurrent(sessionId)) set({ outcomes: { ...get().outcomes, [itemId]: outcome } });
        return outcome ?? null;
      },
      confirmOutcome: (itemId, reviewDate) =>
        change((sessionId) =>
          api['outcomes.confirm']({ sessionId, itemId, ...(reviewDate === undefined ? {} : { reviewDate }) }),
        ),
      undo: () => step('outcomes.undo'),
      redo: () => step('outcomes.redo'),
      takeIn: (sessionId, outcomes) => {
        if (isCurrent(sessionId)) set({ outcomes: byItem(outcomes) });
      },
    };
  });

  sessions.getState().addPart({
    load: async (sessionId) => {
      const [list, history] = await Promise.all([
        api['outcomes.list']({ sessionId }),
        api['outcomes.undoState']({ sessionId }),
      ]);
      return () =>
        store.setState({ outcomes: byItem(list), ...history, historyStep: store.getState().historyStep + 1 });
    },
    clear: () => store.setState({ outcomes: {}, canUndo: false, canRedo: false }),
  });

  return store;
}

export type OutcomeStore = ReturnType<typeof createOutcomeStore>;
