import type { PresenterState } from '../../shared/live.ts';
import type { HandlerGroup } from './handlers.ts';

export type LiveListener = (state: PresenterState) => void;

/**
 * The presenter channel: the facilitator's screen publishes where the room is, and every presenter
 * view (a second window, a second tab through the host's event stream) follows. Kept in memory
 * only: after a restart the facilitator's screen publishes afresh.
 */
export function createLiveChannel() {
  let current: PresenterState | null = null;
  const listeners = new Set<LiveListener>();
  return {
    publish(state: PresenterState): void {
      current = state;
      for (const listener of listeners) {
        try {
          listener(state);
        } catch {
          // One follower that fails (a closed window, a dropped connection) must not stop the others.
        }
      }
    },
    current: (): PresenterState | null => current,
    /** Calls the listener with every state published from now on; returns how to stop. */
    subscribe(listener: LiveListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LiveChannel = ReturnType<typeof createLiveChannel>;

/** The presenter methods of the contract: the facilitator's screen publishes, a presenter view asks. */
export function liveHandlers(live: LiveChannel) {
  return {
    'live.publish': (state: PresenterState) => {
      live.publish(state);
      return { ok: true as const };
    },
    'live.current': () => live.current(),
  } satisfies HandlerGroup;
}
