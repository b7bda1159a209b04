import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { Outcome } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';
import { attempt } from './attempt.ts';

export interface PresenterDataState {
  /**
   * Whether this page has a way to the host (the desktop bridge or a token). Without one it was
   * opened by hand from a bare address, and says how to open it rather than that the app restarted.
   */
  hasKey: boolean;
  /** The followed session's recorded outcomes by item id, as the room reads them back. */
  outcomes: Readonly<Record<string, Outcome>>;
  /** The language the session is held in: the room's screen shows it unless changed there. */
  sessionLanguage: Language | null;
  /** Reads the session's outcomes (and its language) again; the newest request's answer wins. */
  load: (sessionId: string) => Promise<void>;
}

/** What the room's screen reads of the session itself: the recorded outcomes and the session's language. */
export function createPresenterDataStore(api: BoardwalkApi, hasKey: boolean) {
  let newest = 0;
  return create<PresenterDataState>((set) => ({
    hasKey,
    outcomes: {},
    sessionLanguage: null,
    load: async (sessionId) => {
      const request = ++newest;
      const [session, outcomes] = await Promise.all([
        attempt(() => api['sessions.get']({ sessionId })),
        attempt(() => api['outcomes.list']({ sessionId })),
      ]);
      if (request !== newest || !session || !outcomes) return;
      set({
        sessionLanguage: session.language,
        outcomes: Object.fromEntries(outcomes.map((outcome) => [outcome.itemId, outcome])),
      });
    },
  }));
}

export type PresenterDataStore = ReturnType<typeof createPresenterDataStore>;
