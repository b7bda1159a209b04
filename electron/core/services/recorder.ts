import type { EventChange } from '../../../shared/session/events.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { PurgeRecord, Store } from '../db/index.ts';

export interface ChangeResult<T> {
  result: T;
  event: EventChange;
}

/** Told of every change inside its transaction (the register follows outcomes this way). */
export type ChangeListener = (sessionId: string, event: EventChange, actor: string, at: string) => void;

/**
 * The one way a session changes: the new state and its audit event commit together or not at
 * all, at one moment, and every event names who made it (the facilitator unless said otherwise).
 */
export function createRecorder(store: Store, clock: () => Date = () => new Date()) {
  const listeners: ChangeListener[] = [];
  function record<T>(
    session: Pick<Session, 'id' | 'facilitator'>,
    actor: string | undefined,
    change: (at: string) => ChangeResult<T>,
  ): T {
    return store.transaction(() => {
      const at = clock().toISOString();
      const { result, event } = change(at);
      const who = actor?.trim() || session.facilitator;
      store.events.append({ ...event, sessionId: session.id, at, actor: who });
      for (const listener of listeners) listener(session.id, event, who, at);
      return result;
    });
  }
  return Object.assign(record, {
    onChange(listener: ChangeListener): void {
      listeners.push(listener);
    },
    /**
     * Sessions removed for good: their events go with them, so the record that they were purged
     * (who, when, which sessions by id, board, title and date; none of their content) is kept apart.
     */
    purge<T>(actor: string, sessions: PurgeRecord['sessions'], work: () => T): T {
      return store.transaction(() => {
        const result = work();
        if (sessions.length > 0) store.register.recordPurge(clock().toISOString(), actor, sessions);
        return result;
      });
    },
  });
}

export type Recorder = ReturnType<typeof createRecorder>;
