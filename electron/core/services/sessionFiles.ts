import { randomUUID } from 'node:crypto';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import { checkBoard } from '../../../shared/board/check.ts';
import {
  SESSION_FILE_FORMAT,
  SESSION_FILE_VERSION,
  sessionFileSchema,
  type SessionFile,
} from '../../../shared/session/file.ts';
import { checkSessionFile } from '../../../shared/session/fileCheck.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { SaveSetting } from '../../../shared/session/settings.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { contentHash, legacyContentHash } from '../packs/hash.ts';
import { fileNameFor } from './fileNames.ts';
import type { Recorder } from './recorder.ts';
import type { SessionService } from './sessions.ts';

type Upload = ApiParsedInput<'sessions.import'>['file'];

/** Refuses the file, saying where in it the first few problems are (a path such as `outcomes.3.itemId`). */
function refuse(
  reason: 'sessionFileNotBoardwalk' | 'sessionFileInconsistent',
  upload: Upload,
  problems: { path: string; message: string }[],
): never {
  const where = problems
    .slice(0, 5)
    .map((problem) => `${problem.path || '(top)'}: ${problem.message}`)
    .join('; ');
  throw new ServiceError('bad-request', reason, { file: upload.name, where }, { problems });
}

/** A Boardwalk session file of a later version is not someone else's file: the app is what is old. */
function refuseNewerVersion(written: unknown, upload: Upload): void {
  const head = written as { format?: unknown; version?: unknown } | null;
  if (head?.format !== SESSION_FILE_FORMAT || typeof head.version !== 'number') return;
  if (head.version > SESSION_FILE_VERSION)
    throw new ServiceError('bad-request', 'sessionFileNewer', {
      file: upload.name,
      version: head.version,
      supported: SESSION_FILE_VERSION,
    });
}

/** The file as written, and as the schema reads it. */
function parseSessionFile(upload: Upload): { written: unknown; file: SessionFile } {
  let written: unknown;
  try {
    written = JSON.parse(Buffer.from(upload.base64, 'base64').toString('utf8'));
  } catch {
    throw new ServiceError('bad-request', 'sessionFileNotJson', { file: upload.name });
  }
  refuseNewerVersion(written, upload);
  const result = sessionFileSchema.safeParse(written);
  if (!result.success)
    refuse(
      'sessionFileNotBoardwalk',
      upload,
      result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  return { written, file: result.data };
}

/** The version hash of the file's board, as this version of Boardwalk computes it; a tampered board is refused. */
function verifiedBoardHash(written: unknown, file: SessionFile, upload: Upload): string {
  const hash = contentHash(file.board.content);
  const boardAsWritten = (written as { board: { content: unknown } }).board.content;
  if (file.board.hash !== hash && file.board.hash !== legacyContentHash(boardAsWritten))
    throw new ServiceError('bad-request', 'sessionFileChanged', { file: upload.name });
  return hash;
}

export function sessionFileService(store: Store, sessions: SessionService, record: Recorder) {
  /** Copies the file's history under new ids, keeping each undo or redo linked to the change it reversed. */
  function copyHistory(file: SessionFile, sessionId: string): void {
    const newIds = new Map<number, number>();
    for (const event of file.events) {
      const relinked =
        event.type === 'outcome.undone' || event.type === 'outcome.redone'
          ? { ...event, refEventId: event.refEventId === null ? null : (newIds.get(event.refEventId) ?? null) }
          : event;
      newIds.set(event.id, store.events.append({ ...relinked, sessionId }));
    }
  }

  return {
    export(input: ApiParsedInput<'sessions.export'>): ApiOutput<'sessions.export'> {
      const session = sessions.findSession(input.sessionId);
      const version = store.boardVersions.get(session.boardHash)!;
      const file: SessionFile = {
        format: SESSION_FILE_FORMAT,
        version: SESSION_FILE_VERSION,
        exportedAt: new Date().toISOString(),
        board: { hash: version.hash, content: version.board },
        session,
        outcomes: store.outcomes.list(session.id),
        events: store.events.list(session.id),
        settings: store.sessionSettings.get(session.id),
      };
      return {
        fileName: fileNameFor(session.title, session.date, 'session', 'json'),
        mimeType: 'application/json',
        base64: Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8').toString('base64'),
      };
    },
    /** Checked whole before anything is stored; imported as a new session, so nothing stored is overwritten. */
    import(input: ApiParsedInput<'sessions.import'>): ApiOutput<'sessions.import'> {
      const { written, file } = parseSessionFile(input.file);
      const boardHash = verifiedBoardHash(written, file, input.file);
      const board = file.board.content;
      if (checkBoard(board).errors.length > 0)
        throw new ServiceError('bad-request', 'sessionFileBoardInvalid', { file: input.file.name });
      const problems = checkSessionFile(file);
      if (problems.length > 0) refuse('sessionFileInconsistent', input.file, problems);
      const session: Session = {
        ...file.session,
        id: randomUUID(),
        boardId: board.meta.id,
        boardHash,
        deletedAt: null,
        previousSessionId: null,
      };
      return store.transaction(() => {
        store.boardVersions.store({ hash: boardHash, board, warnings: [], origin: 'imported' });
        store.sessions.insert(session);
        for (const outcome of file.outcomes) store.outcomes.save({ ...outcome, sessionId: session.id });
        copyHistory(file, session.id);
        for (const [key, value] of Object.entries(file.settings))
          if (value !== undefined)
            store.sessionSettings.save(session.id, { key, value } as SaveSetting, file.exportedAt);
        return record(session, input.actor, () => ({
          result: session,
          event: {
            type: 'session.imported',
            itemId: null,
            refEventId: null,
            before: { sessionId: file.session.id, exportedAt: file.exportedAt, fileName: input.file.name },
            after: null,
          },
        }));
      });
    },
  };
}
