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
import {
  HISTORY_FILE_FORMAT,
  HISTORY_FILE_VERSION,
  historyFileSchema,
  type HistoryFile,
} from '../../../shared/session/historyFile.ts';
import { slugOf } from '../reports/slug.ts';
import { sessionsByDate } from './latest.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Recorder } from './recorder.ts';
import type { RegisterService } from './register.ts';
import type { SessionService } from './sessions.ts';

type Upload = ApiParsedInput<'sessions.import'>['file'];

/** Refuses the file, saying where in it the first few problems are (a path such as `outcomes.3.itemId`). */
function refuse(
  reason: 'sessionFileNotBoardwalk' | 'sessionFileInconsistent' | 'historyFileNotBoardwalk',
  upload: Upload,
  problems: { path: string; message: string }[],
): never {
  const where = problems
    .slice(0, 5)
    .map((problem) => `${problem.path || '(top)'}: ${problem.message}`)
    .join('; ');
  throw new ServiceError('bad-request', reason, { file: upload.name, where }, { problems });
}

function parseJson(upload: Upload): unknown {
  try {
    return JSON.parse(Buffer.from(upload.base64, 'base64').toString('utf8'));
  } catch {
    throw new ServiceError('bad-request', 'sessionFileNotJson', { file: upload.name });
  }
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
function parseSessionFile(
  upload: Upload,
  written: unknown = parseJson(upload),
): { written: unknown; file: SessionFile } {
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

/** The session file methods of the contract: a session out as JSON, and back in. */
export function sessionFileHandlers(
  store: Store,
  sessions: SessionService,
  register: RegisterService,
  record: Recorder,
) {
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

  function sessionFileOf(session: Session): SessionFile {
    const version = store.boardVersions.get(session.boardHash)!;
    return {
      format: SESSION_FILE_FORMAT,
      version: SESSION_FILE_VERSION,
      exportedAt: new Date().toISOString(),
      board: { hash: version.hash, content: version.board },
      session,
      outcomes: store.outcomes.list(session.id),
      events: store.events.list(session.id),
      settings: store.sessionSettings.get(session.id),
    };
  }

  /** A session file checked whole: its shape, its board's fingerprint and validity, and that it adds up. */
  function checkedFile(upload: Upload, written: unknown) {
    const { file } = parseSessionFile(upload, written);
    const boardHash = verifiedBoardHash(written, file, upload);
    if (checkBoard(file.board.content).errors.length > 0)
      throw new ServiceError('bad-request', 'sessionFileBoardInvalid', { file: upload.name });
    const problems = checkSessionFile(file);
    if (problems.length > 0) refuse('sessionFileInconsistent', upload, problems);
    return { file, boardHash };
  }

  /** An id kept where it is free here; `ids` maps the file's session ids to those used here. */
  function idFor(original: string, ids: Map<string, string>): string {
    const id = store.sessions.get(original) ? randomUUID() : original;
    ids.set(original, id);
    return id;
  }

  function relinked(id: string | null, ids: ReadonlyMap<string, string>): string | null {
    if (id === null) return null;
    return ids.get(id) ?? (store.sessions.get(id) ? id : null);
  }

  /** Stores one checked session file: board version, session, outcomes, history and settings, then the import event. */
  function storeSession(
    checked: ReturnType<typeof checkedFile>,
    fileName: string,
    actor: string | undefined,
    ids: Map<string, string>,
  ) {
    const { file, boardHash } = checked;
    const board = file.board.content;
    const id = idFor(file.session.id, ids);
    const session: Session = {
      ...file.session,
      id,
      boardId: board.meta.id,
      boardHash,
      deletedAt: null,
      previousSessionId: relinked(file.session.previousSessionId, ids),
    };
    store.boardVersions.store({ hash: boardHash, board, warnings: [], origin: 'imported' });
    store.sessions.insert(session);
    for (const outcome of file.outcomes) {
      const from = outcome.carriedFrom;
      const carriedFrom = from ? { ...from, sessionId: relinked(from.sessionId, ids) ?? from.sessionId } : null;
      store.outcomes.save({ ...outcome, sessionId: session.id, carriedFrom });
    }
    copyHistory(file, session.id);
    for (const [key, value] of Object.entries(file.settings))
      if (value !== undefined) store.sessionSettings.save(session.id, { key, value } as SaveSetting, file.exportedAt);
    record(session, actor, () => ({
      result: null,
      event: {
        type: 'session.imported',
        itemId: null,
        refEventId: null,
        before: { sessionId: file.session.id, exportedAt: file.exportedAt, fileName },
        after: null,
      },
    }));
    return { session, idChanged: id !== file.session.id };
  }

  /** The register as the file holds it, numbers and actors kept, pointing at the sessions as stored here. */
  function copyRegister(history: HistoryFile, ids: ReadonlyMap<string, string>): void {
    const here = (id: string) => ids.get(id) ?? id;
    for (const entry of history.register.entries)
      store.register.saveEntry({
        ...entry,
        decidedIn: { ...entry.decidedIn, sessionId: here(entry.decidedIn.sessionId) },
        withdrawnIn: entry.withdrawnIn && here(entry.withdrawnIn),
      });
    for (const line of history.register.lines)
      store.register.saveLine({ ...line, session: { ...line.session, sessionId: here(line.session.sessionId) } });
  }

  return {
    'sessions.export'(input: ApiParsedInput<'sessions.export'>): ApiOutput<'sessions.export'> {
      const session = sessions.findSession(input.sessionId);
      const file = sessionFileOf(session);
      return {
        fileName: fileNameFor(session.title, session.date, 'session', 'json'),
        mimeType: 'application/json',
        base64: Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8').toString('base64'),
      };
    },
    /**
     * Checked whole before anything is stored; nothing stored is overwritten: the session keeps its
     * id unless one here has it (then it gets a new one, and says so), and links to the session it
     * follows when that one is here.
     */
    'sessions.import'(input: ApiParsedInput<'sessions.import'>): ApiOutput<'sessions.import'> {
      const checked = checkedFile(input.file, parseJson(input.file));
      return store.transaction(() => {
        const imported = storeSession(checked, input.file.name, input.actor, new Map());
        register.syncSession(imported.session);
        return { ...imported.session, idChanged: imported.idChanged };
      });
    },
    /** A board's whole history as one file: its sessions (as session files) and its register. */
    'boards.exportHistory'(input: ApiParsedInput<'boards.exportHistory'>): ApiOutput<'boards.exportHistory'> {
      const ofBoard = sessionsByDate(store, input.boardId);
      if (ofBoard.length === 0) throw new ServiceError('not-found', 'boardNotFound', { board: input.boardId });
      const history: HistoryFile = {
        format: HISTORY_FILE_FORMAT,
        version: HISTORY_FILE_VERSION,
        exportedAt: new Date().toISOString(),
        boardId: input.boardId,
        sessions: ofBoard.map((session) => sessionFileOf(session)),
        register: { entries: store.register.entries(input.boardId), lines: store.register.lines(input.boardId) },
      };
      return {
        fileName: `${slugOf(input.boardId) || 'board'}-history.json`,
        mimeType: 'application/json',
        base64: Buffer.from(`${JSON.stringify(history)}\n`, 'utf8').toString('base64'),
      };
    },
    /**
     * Imports a board's history: every session with its links, the register with its numbers and
     * actors (where this machine has no register for the board yet; otherwise numbered here).
     */
    'boards.importHistory'(input: ApiParsedInput<'boards.importHistory'>): ApiOutput<'boards.importHistory'> {
      const parsed = historyFileSchema.safeParse(parseJson(input.file));
      if (!parsed.success)
        refuse(
          'historyFileNotBoardwalk',
          input.file,
          parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        );
      const history = parsed.data;
      const checked = history.sessions.map((written) => checkedFile(input.file, written));
      return store.transaction(() => {
        const keepNumbers = store.register.isEmpty(history.boardId);
        const ids = new Map<string, string>();
        let idsChanged = false;
        const imported = checked.map((one) => {
          const result = storeSession(one, input.file.name, input.actor, ids);
          idsChanged ||= result.idChanged;
          return result.session;
        });
        if (keepNumbers) copyRegister(history, ids);
        else imported.forEach(register.syncSession);
        return { boardId: history.boardId, sessions: imported, idsChanged, numbersKept: keepNumbers };
      });
    },
  } satisfies HandlerGroup;
}
