import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { RunningTimer } from '../../../shared/meeting/draft.ts';
import type { OutcomeStore } from './outcomes.ts';
import type { SessionStore } from './sessions.ts';

/** The part of the walkthrough the time box follows: which item is under discussion. */
type Selection = UseBoundStore<StoreApi<{ selectedItemId: string | null }>>;

/** Time measured while the room talks is booked at most this long after it was spent. */
export const BOOK_EVERY_MS = 2 * 60 * 1000;

/** Keeps the running clock durably (null: stopped), so a reload finds it as it was. */
export type KeepClock = (sessionId: string, timer: RunningTimer | null) => Promise<void>;

export interface TimerState {
  /** The clock runs for the item under discussion only once started; moving to another item stops it. */
  running: boolean;
  /** The session the clock counts for; time is always booked to the session it was spent in. */
  sessionId: string | null;
  /** The item the current stretch counts for, and when (ms) the stretch began. */
  itemId: string | null;
  since: number | null;
  /** Milliseconds measured per item and not yet booked. */
  unbookedMs: Record<string, number>;
  start: () => void;
  /** Stops the clock and books what was measured. */
  pause: () => Promise<void>;
  toggle: () => Promise<void>;
  /**
   * The room moves to an item: the time so far is booked to the item left and the clock stops,
   * so going back to a decided item never adds time by itself. `startClock` starts it for the new
   * item (the plan's "start the timer on opening an item").
   */
  openItem: (itemId: string | null, startClock: boolean) => Promise<void>;
  /** The clock as kept for the session (after a reload): running on, from when it was kept. */
  restore: (sessionId: string, timer: RunningTimer | null) => void;
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
 * (through the outcome store, so it is audited) when the room moves on, pauses, saves, or every
 * two minutes. It never moves on by itself.
 */
export function createTimerStore(
  sessions: SessionStore,
  outcomes: OutcomeStore,
  selection: Selection,
  clock: () => number = Date.now,
  keepClock: KeepClock = () => Promise.resolve(),
) {
  let periodic: ReturnType<typeof setInterval> | undefined;
  const stopPeriodic = () => {
    if (periodic) clearInterval(periodic);
    periodic = undefined;
  };

  const store = create<TimerState>((set, get) => {
    /** Keeps the clock as it now runs (or not) for the session it counts for. */
    const keep = () => {
      const { sessionId, running, itemId, since } = get();
      if (!sessionId) return Promise.resolve();
      return keepClock(sessionId, running && itemId && since !== null ? { itemId, since } : null);
    };
    const startPeriodic = () => {
      stopPeriodic();
      periodic = setInterval(() => void get().book(), BOOK_EVERY_MS);
    };

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
      start: () => {
        const session = sessions.getState().current;
        if (get().running || !session || session.closedAt || !get().itemId) return;
        set({ running: true, since: clock(), sessionId: session.id });
        startPeriodic();
        void keep();
      },
      pause: async () => {
        if (!get().running) return;
        closeStretch();
        set({ running: false, since: null });
        stopPeriodic();
        await Promise.all([keep(), get().book()]);
      },
      toggle: () => (get().running ? get().pause() : Promise.resolve(get().start())),
      openItem: async (itemId, startClock) => {
        if (itemId === get().itemId) return;
        const wasRunning = get().running;
        // book() closes the stretch before its first wait, so the time so far goes to the item left.
        const booked = get().book();
        stopPeriodic();
        set({ itemId, running: false, since: null });
        if (startClock && itemId) get().start();
        else if (wasRunning) void keep();
        await booked;
      },
      restore: (sessionId, timer) => {
        const session = sessions.getState().current;
        if (session?.id !== sessionId || get().running || !timer || session.closedAt) return;
        set({ running: true, sessionId, itemId: timer.itemId, since: Math.min(timer.since, clock()) });
        startPeriodic();
      },
      book: async () => {
        closeStretch();
        const { sessionId, unbookedMs } = get();
        if (!sessionId) return;
        // While it runs, the kept clock moves on with each booking: a reload counts on from here.
        if (get().running) void keep();
        const bookings = Object.entries(unbookedMs).filter(([, ms]) => ms >= 1000);
        if (bookings.length === 0) return;
        const left = { ...unbookedMs };
        for (const [itemId, ms] of bookings) left[itemId] = ms % 1000;
        set({ unbookedMs: left });
        for (const [itemId, ms] of bookings)
          await outcomes.getState().addTime(sessionId, itemId, Math.floor(ms / 1000));
      },
      unbookedFor: (itemId, now = clock()) => unbookedMsOf(get(), itemId, now),
    };
  });

  // Whatever saves the session's unsaved work (before another session opens, the session closes,
  // an undo or an export) books the time measured too.
  sessions.getState().addFlusher(() => store.getState().book());

  // Another session on screen, or this one closed: the clock stops, and starts afresh for the next.
  sessions.subscribe((state, previous) => {
    if (state.current?.id === previous.current?.id && state.current?.closedAt === previous.current?.closedAt) return;
    stopPeriodic();
    const { sessionId, running } = store.getState();
    // The clock kept for the session left stops too, so it does not count on when that session opens again.
    if (running && sessionId) void keepClock(sessionId, null);
    const sameSession = sessionId === state.current?.id;
    store.setState({
      running: false,
      since: null,
      ...(sameSession ? {} : { sessionId: null, unbookedMs: {} }),
    });
  });

  return store;
}

export type TimerStore = ReturnType<typeof createTimerStore>;
