import { randomUUID } from 'node:crypto';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import { newSessionSchema, type EventType, type Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';

export function sessionService(store: Store) {
  function log(session: Session, type: EventType, actor: string, before: unknown, after: unknown): void {
    store.events.append({
      sessionId: session.id,
      at: new Date().toISOString(),
      actor,
      type,
      itemId: null,
      before,
      after,
    });
  }

  /** A session that exists and is not in the trash. */
  function require(sessionId: string): Session {
    const session = store.sessions.get(sessionId);
    if (!session || session.deletedAt) throw new ServiceError('not-found', `No session '${sessionId}'`);
    return session;
  }

  /** A session that may be changed: closed sessions are read-only until reopened. */
  function requireOpen(sessionId: string): Session {
    const session = require(sessionId);
    if (session.closedAt) throw new ServiceError('read-only', 'This session is closed; reopen it to make changes');
    return session;
  }

  function change(session: Session, patch: Partial<Session>, type: EventType, actor: string): Session {
    const updated = { ...session, ...patch };
    store.transaction(() => {
      store.sessions.update(updated);
      log(updated, type, actor, session, updated);
    });
    return updated;
  }

  return {
    require,
    requireOpen,
    create(input: ApiInput<'sessions.create'>, extra: { previousSessionId?: string } = {}): Session {
      const fields = newSessionSchema.parse(input);
      const version = fields.boardHash
        ? store.boardVersions.get(fields.boardHash)
        : store.boardVersions.newest(fields.boardId);
      if (!version || version.board.meta.id !== fields.boardId)
        throw new ServiceError('not-found', `No board '${fields.boardId}' to hold a session on`);
      const session: Session = {
        id: randomUUID(),
        boardId: fields.boardId,
        boardHash: version.hash,
        title: fields.title,
        date: fields.date,
        facilitator: fields.facilitator,
        participants: fields.participants,
        language: fields.language,
        createdAt: new Date().toISOString(),
        closedAt: null,
        deletedAt: null,
        previousSessionId: extra.previousSessionId ?? null,
        lastItemId: null,
      };
      store.transaction(() => {
        store.sessions.insert(session);
        log(session, 'session.created', fields.facilitator, null, session);
      });
      return session;
    },
    list(input: ApiInput<'sessions.list'>): ApiOutput<'sessions.list'> {
      return store.sessions.list(input.boardId);
    },
    get(input: ApiInput<'sessions.get'>): ApiOutput<'sessions.get'> {
      return require(input.sessionId);
    },
    rename(input: ApiInput<'sessions.rename'>): Session {
      const session = requireOpen(input.sessionId);
      if (session.title === input.title) return session;
      return change(session, { title: input.title }, 'session.renamed', input.actor ?? '');
    },
    close(input: ApiInput<'sessions.close'>): Session {
      const session = require(input.sessionId);
      if (session.closedAt) return session;
      return change(session, { closedAt: new Date().toISOString() }, 'session.closed', input.actor ?? '');
    },
    reopen(input: ApiInput<'sessions.reopen'>): Session {
      const session = require(input.sessionId);
      if (!session.closedAt) return session;
      return change(session, { closedAt: null }, 'session.reopened', input.actor ?? '');
    },
    trash(input: ApiInput<'sessions.trash'>): Session {
      const session = require(input.sessionId);
      return change(session, { deletedAt: new Date().toISOString() }, 'session.trashed', input.actor ?? '');
    },
    restore(input: ApiInput<'sessions.restore'>): Session {
      const session = store.sessions.get(input.sessionId);
      if (!session?.deletedAt) throw new ServiceError('not-found', `No session '${input.sessionId}' in the trash`);
      return change(session, { deletedAt: null }, 'session.restored', input.actor ?? '');
    },
    listTrash(): Session[] {
      return store.sessions.listTrashed();
    },
    emptyTrash(): ApiOutput<'sessions.emptyTrash'> {
      const trashed = store.sessions.listTrashed();
      store.transaction(() => trashed.forEach((session) => store.sessions.purge(session.id)));
      return { removed: trashed.length };
    },
    /** Remembers where the facilitator is; not an audited change. */
    resume(input: ApiInput<'sessions.resume'>): ApiOutput<'sessions.resume'> {
      const session = require(input.sessionId);
      store.sessions.update({ ...session, lastItemId: input.itemId });
      return { ok: true };
    },
  };
}

export type SessionService = ReturnType<typeof sessionService>;
