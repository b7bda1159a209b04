import { randomUUID } from 'node:crypto';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import { newSessionSchema, type Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';

export function sessionService(store: Store) {
  return {
    create(input: ApiInput<'sessions.create'>, actor = ''): ApiOutput<'sessions.create'> {
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
        previousSessionId: null,
      };
      store.transaction(() => {
        store.sessions.insert(session);
        store.events.append({
          sessionId: session.id,
          at: session.createdAt,
          actor,
          type: 'session.created',
          itemId: null,
          before: null,
          after: session,
        });
      });
      return session;
    },
    list(input: ApiInput<'sessions.list'>): ApiOutput<'sessions.list'> {
      return store.sessions.list(input.boardId);
    },
    require(sessionId: string): Session {
      const session = store.sessions.get(sessionId);
      if (!session || session.deletedAt) throw new ServiceError('not-found', `No session '${sessionId}'`);
      return session;
    },
  };
}

export type SessionService = ReturnType<typeof sessionService>;
