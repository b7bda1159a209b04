import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { SessionStore } from './session.ts';

/** The part of the walkthrough the time box follows: which item is under discussion. */
type Selection = UseBoundStore<StoreApi<{ selectedItemId: string | null }>>;

/** Time measured while the room talks is booked at most this long after it was spent. */
export const BOOK_EVERY_MS = 2 * 60 * 1000;
const MAX_MINUTES = 240;

export interface TimerState {
  /** The clock runs for the item under discussion; moving to another item keeps it running for that one. */
  running: boolean;
  /** The session the clock counts for; time is always booked to the session it was spent in. */
  sessionId: string | null;
  /** The item the current stretch counts for, and when (ms) the stretch began. */
  itemId: string | null;
  since: number | null;
  /** Milliseconds measured per item and not yet booked. */
  unbookedMs: Record<string, number>;
  /** Length of the time box per item, where the facilitator set or extended it (else the kind's default). */
  allottedSeconds: Record<string, number>;
  start: () => void;
  /** Stops the clock and books what was measured. */
  pause: () => Promise<void>;
  toggle: () => Promise<void>;
  setMinutes: (itemId: string, minutes: number) => void;
  /** Adds time to the item's box, starting from its current length (or the default given). */
  extend: (itemId: string, defaultSeconds: number, seconds: number) => void;
  /** Books every whole second measured and not yet booked. */
  book: () => Promise<void>;
  /** Milliseconds spent on an item in this session that are not booked yet (so not in its outcome). */
  unbookedFor: (itemId: string, now?: number) => number;
}

type Measured = Pick<TimerState, 'running' | 'itemId' | 'since' | 'unbookedMs'>;

/** Milliseconds spent on an item and not booked yet: what was measured, and the stretch running now. */
export function unbookedMsOf(timer: Measured, itemId: string, now: number): number {
  const stretch = timer.running && timer.itemId === itemId && timer.since !== null ? Math.max(0, now - timer.since) : 0;
  return (timer.unbookedMs[itemId] ?? 0) + stretch;
}

/**
 * The time box: measures how long the room spends on each item, and books it to the item's outcome
 * (through the session store, so it is audited) when the room moves on, pauses, saves, or every
 * two minutes. It never moves on by itself.
 */
export function createTimerStore(sessions: SessionStore, selection: Selection, clock: () => number = Date.now) {
  let periodic: ReturnType<typeof setInterval> | undefined;
  const stopPeriodic = () => {
    if (periodic) clearInterval(periodic);
    periodic = undefined;
  };

  const store = create<TimerState>((set, get) => {
    /** Ends the running stretch: its time joins the item's unbooked time; a new stretch starts now. */
    const closeStretch = () => {
      const { itemId, since, unbookedMs, running } = get();
      const now = clock();
      if (running && itemId && since !== null)
        set({ unbookedMs: { ...unbookedMs, [itemId]: (unbookedMs[itemId] ?? 0) + Math.max(0, now - since) } });
      set({ since: running ? now : null });
    };

    return {
      running: false,
      sessionId: null,
      itemId: selection.getState().selectedItemId,
      since: null,
      unbookedMs: {},
      allottedSeconds: {},
      start: () => {
        const session = sessions.getState().current;
        if (get().running || !session || session.closedAt) return;
        set({ running: true, since: clock(), sessionId: session.id });
        stopPeriodic();
        periodic = setInterval(() => void get().book(), BOOK_EVERY_MS);
      },
      pause: async () => {
        if (!get().running) return;
        closeStretch();
        set({ running: false, since: null });
        stopPeriodic();
        await get().book();
      },
      toggle: () => (get().running ? get().pause() : Promise.resolve(get().start())),
      setMinutes: (itemId, minutes) => {
        const whole = Math.round(Math.min(MAX_MINUTES, Math.max(1, minutes)));
        set({ allottedSeconds: { ...get().allottedSeconds, [itemId]: whole * 60 } });
      },
      extend: (itemId, defaultSeconds, seconds) => {
        const current = get().allottedSeconds[itemId] ?? defaultSeconds;
        set({ allottedSeconds: { ...get().allottedSeconds, [itemId]: Math.min(MAX_MINUTES * 60, current + seconds) } });
      },
      book: async () => {
        closeStretch();
        const { sessionId, unbookedMs } = get();
        if (!sessionId) return;
        const bookings = Object.entries(unbookedMs).filter(([, ms]) => ms >= 1000);
        if (bookings.length === 0) return;
        const left = { ...unbookedMs };
        for (const [itemId, ms] of bookings) left[itemId] = ms % 1000;
        set({ unbookedMs: left });
        for (const [itemId, ms] of bookings)
          await sessions.getState().addTime(sessionId, itemId, Math.floor(ms / 1000));
      },
      unbookedFor: (itemId, now = clock()) => unbookedMsOf(get(), itemId, now),
    };
  });

  // Moving to another item: the time so far belongs to the item left, and is booked now.
  selection.subscribe((state, previous) => {
    if (state.selectedItemId === previous.selectedItemId) return;
    // book() closes the stretch before its first wait, so the time so far goes to the item left.
    void store.getState().book();
    store.setState({ itemId: state.selectedItemId });
  });

  // Whatever saves the session's unsaved work (before another session opens, the session closes,
  // an undo or an export) books the time measured too.
  sessions.getState().addFlusher(() => store.getState().book());

  // Another session on screen, or this one closed: the clock stops, and starts afresh for the next.
  sessions.subscribe((state, previous) => {
    if (state.current?.id === previous.current?.id && state.current?.closedAt === previous.current?.closedAt) return;
    stopPeriodic();
    const sameSession = store.getState().sessionId === state.current?.id;
    store.setState({
      running: false,
      since: null,
      ...(sameSession ? {} : { sessionId: null, unbookedMs: {}, allottedSeconds: {} }),
    });
  });

  return store;
}

export type TimerStore = ReturnType<typeof createTimerStore>;
