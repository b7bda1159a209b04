import { randomUUID } from 'node:crypto';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { Recorder } from './recorder.ts';

type SessionChangeType =
  | 'session.renamed'
  | 'session.closed'
  | 'session.reopened'
  | 'session.trashed'
  | 'session.restored'
  | 'session.summarized';

export function sessionService(store: Store, record: Recorder) {
  /** A session that exists and is not in the trash. */
  function findSession(sessionId: string): Session {
    const session = store.sessions.get(sessionId);
    if (!session || session.deletedAt) throw new ServiceError('not-found', 'sessionNotFound', { session: sessionId });
    return session;
  }

  /** A session that may be changed: closed sessions are read-only until reopened. */
  function findOpenSession(sessionId: string): Session {
    const session = findSession(sessionId);
    if (session.closedAt) throw new ServiceError('read-only', 'sessionClosed', { session: sessionId });
    return session;
  }

  function change(session: Session, patch: Partial<Session>, type: SessionChangeType, actor?: string): Session {
    const updated = { ...session, ...patch };
    return record(session, actor, () => {
      store.sessions.update(updated);
      return { result: updated, event: { type, itemId: null, refEventId: null, before: session, after: updated } };
    });
  }

  function create(input: ApiParsedInput<'sessions.create'>, extra: { previousSessionId?: string } = {}): Session {
    const version = input.boardHash
      ? store.boardVersions.get(input.boardHash)
      : store.boardVersions.newest(input.boardId);
    if (!version || version.board.meta.id !== input.boardId)
      throw new ServiceError('not-found', 'boardNotFound', { board: input.boardId });
    const session: Session = {
      id: randomUUID(),
      boardId: input.boardId,
      boardHash: version.hash,
      title: input.title,
      date: input.date,
      facilitator: input.facilitator,
      participants: input.participants,
      language: input.language,
      createdAt: new Date().toISOString(),
      closedAt: null,
      deletedAt: null,
      previousSessionId: extra.previousSessionId ?? null,
      lastItemId: null,
      summary: '',
    };
    return record(session, input.facilitator, () => {
      store.sessions.insert(session);
      return {
        result: session,
        event: { type: 'session.created', itemId: null, refEventId: null, before: null, after: session },
      };
    });
  }

  return {
    findSession,
    findOpenSession,
    create,
    list(input: ApiParsedInput<'sessions.list'>): ApiOutput<'sessions.list'> {
      return store.sessions.list(input.boardId);
    },
    get(input: ApiParsedInput<'sessions.get'>): ApiOutput<'sessions.get'> {
      return findSession(input.sessionId);
    },
    rename(input: ApiParsedInput<'sessions.rename'>): Session {
      const session = findOpenSession(input.sessionId);
      if (session.title === input.title) return session;
      return change(session, { title: input.title }, 'session.renamed', input.actor);
    },
    /** The facilitator's written summary, page 1 of the report: saved and audited like any change. */
    saveSummary(input: ApiParsedInput<'sessions.saveSummary'>): Session {
      const session = findOpenSession(input.sessionId);
      if (session.summary === input.summary) return session;
      return change(session, { summary: input.summary }, 'session.summarized', input.actor);
    },
    close(input: ApiParsedInput<'sessions.close'>): Session {
      const session = findSession(input.sessionId);
      if (session.closedAt) return session;
      return change(session, { closedAt: new Date().toISOString() }, 'session.closed', input.actor);
    },
    reopen(input: ApiParsedInput<'sessions.reopen'>): Session {
      const session = findSession(input.sessionId);
      if (!session.closedAt) return session;
      return change(session, { closedAt: null }, 'session.reopened', input.actor);
    },
    trash(input: ApiParsedInput<'sessions.trash'>): Session {
      const session = findSession(input.sessionId);
      return change(session, { deletedAt: new Date().toISOString() }, 'session.trashed', input.actor);
    },
    restore(input: ApiParsedInput<'sessions.restore'>): Session {
      const session = store.sessions.get(input.sessionId);
      if (!session?.deletedAt)
        throw new ServiceError('not-found', 'sessionInTrashNotFound', { session: input.sessionId });
      return change(session, { deletedAt: null }, 'session.restored', input.actor);
    },
    listTrash(): Session[] {
      return store.sessions.listTrashed();
    },
    emptyTrash(): ApiOutput<'sessions.emptyTrash'> {
      const trashed = store.sessions.listTrashed();
      store.transaction(() => trashed.forEach((session) => store.sessions.purge(session.id)));
      return { removed: trashed.length };
    },
    settings(input: ApiParsedInput<'sessions.settings'>): ApiOutput<'sessions.settings'> {
      findSession(input.sessionId);
      return store.sessionSettings.get(input.sessionId);
    },
    /** How the session is run (agenda order, context, export options); a closed session keeps its settings. */
    saveSetting(input: ApiParsedInput<'sessions.saveSetting'>): ApiOutput<'sessions.saveSetting'> {
      const session = findOpenSession(input.sessionId);
      store.transaction(() => store.sessionSettings.save(session.id, input.setting, new Date().toISOString()));
      return store.sessionSettings.get(session.id);
    },
    /** Remembers where the facilitator is; not an audited change. */
    resume(input: ApiParsedInput<'sessions.resume'>): ApiOutput<'sessions.resume'> {
      const session = findSession(input.sessionId);
      store.sessions.update({ ...session, lastItemId: input.itemId });
      return { ok: true };
    },
  };
}

export type SessionService = ReturnType<typeof sessionService>;
