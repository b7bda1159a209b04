import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import { draftFieldsOf, type DraftFields, type RunningTimer } from '../../../shared/meeting/draft.ts';
import { attempt } from './attempt.ts';
import type { OutcomeStore } from './outcomes.ts';
import type { SessionStore } from './sessions.ts';

/** Typing is kept this long after the last key, or at once on leaving the field or the item. */
export const DRAFT_DELAY_MS = 300;

export interface DraftState {
  /** The session the drafts belong to. */
  sessionId: string | null;
  /** What was entered per item and not recorded yet. */
  drafts: Record<string, DraftFields>;
  /** Items whose draft is entered but not kept yet (waiting for the delay, or on its way). */
  unsaved: Record<string, true>;
  /** The facilitator entered something on an item: shown at once, kept shortly after. */
  edit: (itemId: string, fields: DraftFields) => void;
  /** Keeps every draft that waits, now. */
  flush: () => Promise<void>;
  /** The draft of an item as it is now, with nothing left on its way: to record it. */
  take: (itemId: string) => Promise<DraftFields | undefined>;
  /** Recorded: the back end dropped the draft, and so does the page. */
  recorded: (itemId: string) => void;
  discard: (itemId: string) => Promise<void>;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/** Checklist lines not ticked are the same as lines never touched. */
function comparable(fields: DraftFields): string {
  const ticked = Object.keys(fields.checklist)
    .filter((line) => fields.checklist[line])
    .sort();
  return JSON.stringify({ ...fields, checklist: ticked });
}

export function sameFields(a: DraftFields, b: DraftFields): boolean {
  return comparable(a) === comparable(b);
}

/**
 * Drafts of outcomes: one rule for every field of the form. What is entered is kept (in the
 * database, through `drafts.save`) 300 ms after the last change or when the field or the item is
 * left, and survives a reload and a restart; recording makes it the outcome. A draft equal to the
 * stored outcome is no draft.
 */
export function createDraftStore(
  api: BoardwalkApi,
  sessions: SessionStore,
  outcomes: OutcomeStore,
  onClock: (sessionId: string, timer: RunningTimer | null) => void = () => {},
) {
  const waiting = new Map<string, { timeout: ReturnType<typeof setTimeout>; sessionId: string; fields: DraftFields }>();
  const onTheirWay = new Map<string, Promise<unknown>>();

  const store = create<DraftState>((set, get) => {
    const markKept = (itemId: string, fields: DraftFields) => {
      if (get().drafts[itemId] !== fields || waiting.has(itemId)) return;
      set({ unsaved: without(get().unsaved, itemId) });
    };

    const keep = async (itemId: string) => {
      const entry = waiting.get(itemId);
      if (!entry) return;
      clearTimeout(entry.timeout);
      waiting.delete(itemId);
      const before = onTheirWay.get(itemId);
      const sending = (async () => {
        await before;
        const kept = await attempt(() =>
          api['drafts.save']({ sessionId: entry.sessionId, itemId, fields: entry.fields }),
        );
        if (kept && entry.sessionId === get().sessionId) markKept(itemId, entry.fields);
      })();
      onTheirWay.set(itemId, sending);
      await sending;
      if (onTheirWay.get(itemId) === sending) onTheirWay.delete(itemId);
    };

    const forget = (itemId: string) => {
      const entry = waiting.get(itemId);
      if (entry) clearTimeout(entry.timeout);
      waiting.delete(itemId);
      set({ drafts: without(get().drafts, itemId), unsaved: without(get().unsaved, itemId) });
    };

    return {
      sessionId: null,
      drafts: {},
      unsaved: {},
      edit: (itemId, fields) => {
        const session = sessions.getState().current;
        if (!session || session.closedAt || session.id !== get().sessionId) return;
        const stored = draftFieldsOf(outcomes.getState().outcomes[itemId]);
        if (sameFields(fields, stored)) {
          // Back to what is recorded: there is no draft any more.
          if (get().drafts[itemId]) void get().discard(itemId);
          return;
        }
        const entry = waiting.get(itemId);
        if (entry) clearTimeout(entry.timeout);
        waiting.set(itemId, {
          sessionId: session.id,
          fields,
          timeout: setTimeout(() => void keep(itemId), DRAFT_DELAY_MS),
        });
        set({ drafts: { ...get().drafts, [itemId]: fields }, unsaved: { ...get().unsaved, [itemId]: true } });
      },
      flush: async () => {
        await Promise.all([...waiting.keys()].map(keep));
        await Promise.all(onTheirWay.values());
      },
      take: async (itemId) => {
        await keep(itemId);
        await onTheirWay.get(itemId);
        return get().drafts[itemId];
      },
      recorded: forget,
      discard: async (itemId) => {
        const sessionId = get().sessionId;
        forget(itemId);
        await onTheirWay.get(itemId);
        if (sessionId) await attempt(() => api['drafts.discard']({ sessionId, itemId }));
      },
    };
  });

  /** Another session on screen: what waits is kept for the session it was entered in, then the new one's drafts come. */
  const load = async (sessionId: string | null) => {
    await store.getState().flush();
    store.setState({ sessionId, drafts: {}, unsaved: {} });
    if (!sessionId) return;
    const kept = await attempt(() => api['drafts.list']({ sessionId }));
    if (!kept || store.getState().sessionId !== sessionId) return;
    store.setState({ drafts: Object.fromEntries(kept.drafts.map((draft) => [draft.itemId, draft.fields])) });
    onClock(sessionId, kept.timer);
  };
  sessions.subscribe((state, previous) => {
    if (state.current?.id !== previous.current?.id) void load(state.current?.id ?? null);
  });

  return store;
}

export type DraftStore = ReturnType<typeof createDraftStore>;
