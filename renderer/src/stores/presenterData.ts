import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { Outcome } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { attempt } from './attempt.ts';

export interface PresenterDataState {
  /**
   * Whether this page has a way to the host (the desktop bridge or the browser's session). Without
   * one it was opened by hand from a bare address, and says how to open it rather than that the app
   * restarted. Taken as true until the host refuses the page.
   */
  hasKey: boolean;
  /** Asks the host once whether it knows this page; a refusal sets `hasKey` to false. */
  checkKey: () => Promise<void>;
  /** The followed session's recorded outcomes by item id, as the room reads them back. */
  outcomes: Readonly<Record<string, Outcome>>;
  /** The language the session is held in: the room's screen shows it unless changed there. */
  sessionLanguage: Language | null;
  /** Reads the session's outcomes (and its language) again; the newest request's answer wins. */
  load: (sessionId: string) => Promise<void>;
}

/** What the room's screen reads of the session itself: the recorded outcomes and the session's language. */
export function createPresenterDataStore(api: BoardwalkApi) {
  let newest = 0;
  return create<PresenterDataState>((set) => ({
    hasKey: true,
    checkKey: async () => {
      try {
        await api['app.info']({});
      } catch (error) {
        if (error instanceof ApiError && error.code === 'wrong-token') set({ hasKey: false });
      }
    },
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
