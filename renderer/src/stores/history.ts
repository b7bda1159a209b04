import { create } from 'zustand';
import type { ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { attempt, latestOnly } from './attempt.ts';

export type Comparison = ApiOutput<'sessions.compare'>;
export type AppInfo = ApiOutput<'app.info'>;

/** What the audit, compare and settings views read: each answer is for the question asked last. */
export interface HistoryState {
  events: AuditEvent[];
  eventsFor: { sessionId: string; itemId: string | null } | null;
  comparison: Comparison | null;
  appInfo: AppInfo | null;
  loadEvents: (sessionId: string, itemId: string | null) => Promise<void>;
  compare: (earlierSessionId: string, laterSessionId: string) => Promise<void>;
  clearComparison: () => void;
  loadAppInfo: () => Promise<void>;
}

export function createHistoryStore(api: BoardwalkApi) {
  const latestEvents = latestOnly();
  const latestComparison = latestOnly();
  return create<HistoryState>((set) => ({
    events: [],
    eventsFor: null,
    comparison: null,
    appInfo: null,
    loadEvents: async (sessionId, itemId) => {
      const answer = await latestEvents(() => api['events.list']({ sessionId, itemId: itemId ?? undefined }));
      if (answer.current && answer.ok) set({ events: answer.value, eventsFor: { sessionId, itemId } });
    },
    compare: async (earlierSessionId, laterSessionId) => {
      const answer = await latestComparison(() => api['sessions.compare']({ earlierSessionId, laterSessionId }));
      if (answer.current) set({ comparison: answer.ok ? answer.value : null });
    },
    // A comparison that no longer matches the chosen sessions is dropped, and late answers with it.
    clearComparison: () => {
      void latestComparison(async () => null);
      set({ comparison: null });
    },
    loadAppInfo: async () => {
      const appInfo = await attempt(() => api['app.info']({}));
      if (appInfo) set({ appInfo });
    },
  }));
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
