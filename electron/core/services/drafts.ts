import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Store } from '../db/index.ts';
import type { SessionService } from './sessions.ts';

/**
 * The meeting's work in progress: what the facilitator entered and has not recorded, and the time
 * box's clock. Kept durably (committed before the call returns) so nothing entered is lost, but not
 * audited: a draft is not a decision; recording it (`outcomes.record`) is, and drops the draft.
 */
export function draftService(store: Store, sessions: SessionService) {
  return {
    list(input: ApiParsedInput<'drafts.list'>): ApiOutput<'drafts.list'> {
      const session = sessions.findSession(input.sessionId);
      return { drafts: store.drafts.list(session.id), timer: store.drafts.timer(session.id) };
    },
    save(input: ApiParsedInput<'drafts.save'>): ApiOutput<'drafts.save'> {
      const session = sessions.findOpenSession(input.sessionId);
      const at = new Date().toISOString();
      store.transaction(() => store.drafts.save(session.id, input.itemId, input.fields, at));
      return { sessionId: session.id, itemId: input.itemId, fields: input.fields, updatedAt: at };
    },
    discard(input: ApiParsedInput<'drafts.discard'>): ApiOutput<'drafts.discard'> {
      const session = sessions.findOpenSession(input.sessionId);
      store.transaction(() => store.drafts.discard(session.id, input.itemId));
      return { ok: true };
    },
    setTimer(input: ApiParsedInput<'drafts.setTimer'>): ApiOutput<'drafts.setTimer'> {
      const session = sessions.findSession(input.sessionId);
      store.transaction(() => store.drafts.setTimer(session.id, input.timer));
      return { ok: true };
    },
  };
}

/** The handlers of the drafts' methods, for the core's one list of handlers. */
export function draftHandlers(store: Store, sessions: SessionService) {
  const drafts = draftService(store, sessions);
  return {
    'drafts.list': drafts.list,
    'drafts.save': drafts.save,
    'drafts.discard': drafts.discard,
    'drafts.setTimer': drafts.setTimer,
  } as const;
}
