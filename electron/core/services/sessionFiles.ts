import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import { checkBoard } from '../../../shared/board/check.ts';
import {
  SESSION_FILE_FORMAT,
  SESSION_FILE_VERSION,
  sessionFileSchema,
  type SessionFile,
} from '../../../shared/session/file.ts';
import type { EventType, Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { contentHash } from '../packs/load.ts';
import { fileNameFor } from './fileNames.ts';
import type { SessionService } from './sessions.ts';

function parseSessionFile(base64: string): SessionFile {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    throw new ServiceError('bad-request', 'The file is not JSON');
  }
  const result = sessionFileSchema.safeParse(json);
  if (!result.success)
    throw new ServiceError('bad-request', `This is not a Boardwalk session file: ${z.prettifyError(result.error)}`, {
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  return result.data;
}

export function sessionFileService(store: Store, sessions: SessionService) {
  return {
    export(input: ApiInput<'sessions.export'>): ApiOutput<'sessions.export'> {
      const session = sessions.require(input.sessionId);
      const version = store.boardVersions.get(session.boardHash)!;
      const file: SessionFile = {
        format: SESSION_FILE_FORMAT,
        version: SESSION_FILE_VERSION,
        exportedAt: new Date().toISOString(),
        board: { hash: version.hash, content: version.board },
        session,
        outcomes: store.outcomes.list(session.id),
        events: store.events.list(session.id),
      };
      return {
        fileName: fileNameFor(session.title, session.date, 'session', 'json'),
        mimeType: 'application/json',
        base64: Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8').toString('base64'),
      };
    },
    /** Validated like a board pack; imported as a new session, so nothing already stored is overwritten. */
    import(input: ApiInput<'sessions.import'>): ApiOutput<'sessions.import'> {
      const file = parseSessionFile(input.file.base64);
      const board = file.board.content;
      if (contentHash(board) !== file.board.hash)
        throw new ServiceError('bad-request', 'The board in the file does not match its hash: the file was changed');
      const check = checkBoard(board);
      if (check.errors.length > 0) throw new ServiceError('bad-request', 'The board in the file is not valid');
      const itemIds = new Set(board.items.map((item) => item.id));
      const strayItem = file.outcomes.find((outcome) => !itemIds.has(outcome.itemId));
      if (strayItem)
        throw new ServiceError('bad-request', `The file has an outcome for unknown item '${strayItem.itemId}'`);
      const session: Session = {
        ...file.session,
        id: randomUUID(),
        boardId: board.meta.id,
        boardHash: file.board.hash,
        deletedAt: null,
        previousSessionId: null,
      };
      return store.transaction(() => {
        store.boardVersions.store({ hash: file.board.hash, board, warnings: [], origin: 'imported' });
        store.sessions.insert(session);
        for (const outcome of file.outcomes) store.outcomes.save({ ...outcome, sessionId: session.id });
        for (const event of file.events)
          store.events.append({ ...event, sessionId: session.id, type: event.type as EventType, refEventId: null });
        store.events.append({
          sessionId: session.id,
          at: new Date().toISOString(),
          actor: input.actor ?? '',
          type: 'session.imported',
          itemId: null,
          before: { sessionId: file.session.id, exportedAt: file.exportedAt, fileName: input.file.name },
          after: null,
        });
        return session;
      });
    },
  };
}
