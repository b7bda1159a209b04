import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { latestOnly } from './attempt.ts';

/** The audit trail the audit view shows: each answer is for the trail asked for last. */
export interface AuditTrailState {
  /** The audit trail read so far, oldest first: a long trail is read a page at a time. */
  events: AuditEvent[];
  eventsFor: { sessionId: string; itemId: string | null } | null;
  /** Whether every event of the trail asked for has been read. */
  eventsComplete: boolean;
  /** Reads the first page of a trail (again), dropping what was read of it before. */
  loadEvents: (sessionId: string, itemId: string | null) => Promise<void>;
  /** Reads the next page of the trail shown; nothing when all is read or a page is on its way. */
  loadMoreEvents: () => Promise<void>;
}

/** Events per page: enough to fill a tall screen a few times over, little enough to arrive at once. */
export const EVENT_PAGE = 200;

export function createAuditTrailStore(api: BoardwalkApi) {
  // One ticket line for first pages and further pages: a new question drops every page of the old one.
  const latestEvents = latestOnly();
  let pageOnItsWay = false;
  return create<AuditTrailState>((set, get) => ({
    events: [],
    eventsFor: null,
    eventsComplete: false,
    loadEvents: async (sessionId, itemId) => {
      pageOnItsWay = true;
      const answer = await latestEvents(() =>
        api['events.list']({ sessionId, itemId: itemId ?? undefined, limit: EVENT_PAGE }),
      );
      if (!answer.current) return;
      pageOnItsWay = false;
      if (answer.ok)
        set({
          events: answer.value,
          eventsFor: { sessionId, itemId },
          eventsComplete: answer.value.length < EVENT_PAGE,
        });
    },
    loadMoreEvents: async () => {
      const { eventsFor, events, eventsComplete } = get();
      if (!eventsFor || eventsComplete || pageOnItsWay) return;
      pageOnItsWay = true;
      const after = events.at(-1)?.id ?? 0;
      const answer = await latestEvents(() =>
        api['events.list']({
          sessionId: eventsFor.sessionId,
          itemId: eventsFor.itemId ?? undefined,
          after,
          limit: EVENT_PAGE,
        }),
      );
      if (!answer.current) return;
      pageOnItsWay = false;
      if (answer.ok)
        set({ events: [...get().events, ...answer.value], eventsComplete: answer.value.length < EVENT_PAGE });
    },
  }));
}

export type AuditTrailStore = ReturnType<typeof createAuditTrailStore>;
