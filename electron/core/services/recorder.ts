import type { EventChange } from '../../../shared/session/events.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';

export interface ChangeResult<T> {
  result: T;
  event: EventChange;
}

/**
 * The one way a session changes: the new state and its audit event commit together or not at
 * all, at one moment, and every event names who made it (the facilitator unless said otherwise).
 */
export function createRecorder(store: Store, clock: () => Date = () => new Date()) {
  return function record<T>(
    session: Pick<Session, 'id' | 'facilitator'>,
    actor: string | undefined,
    change: (at: string) => ChangeResult<T>,
  ): T {
    return store.transaction(() => {
      const at = clock().toISOString();
      const { result, event } = change(at);
      store.events.append({ ...event, sessionId: session.id, at, actor: actor?.trim() || session.facilitator });
      return result;
    });
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
