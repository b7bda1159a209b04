import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { HandlerGroup } from '../handlers.ts';
import { formatProblem } from '../../../shared/board/problems.ts';
import { loadPack } from '../packs/load.ts';
import type { PackReader } from '../packs/offThread.ts';
import type { UploadedFile } from '../packs/upload.ts';
import type { StoredBoardVersion } from '../db/index.ts';

/** Stores every board pack shipped in resources/boards; an unchanged pack is stored once. */
export function storeShippedBoards(store: Store, boardsDir: string, log: (line: string) => void): void {
  const folders = readdirSync(boardsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const folder of folders) {
    const result = loadPack(join(boardsDir, folder.name));
    if (!result.ok) {
      // A broken shipped pack is a build defect; the other boards still load.
      log(`Shipped board '${folder.name}' is invalid:\n${result.errors.map(formatProblem).join('\n')}`);
      continue;
    }
    store.boardVersions.store({ hash: result.hash, board: result.board, warnings: result.warnings, origin: 'shipped' });
  }
}

function summarize(version: Pick<StoredBoardVersion, 'hash' | 'board' | 'warnings'>) {
  return {
    hash: version.hash,
    meta: version.board.meta,
    nodeCount: version.board.nodes.length,
    itemCount: version.board.items.length,
    warningCount: version.warnings.length,
  };
}

/** A folder arrives as several YAML files; a single file may be a zip or one YAML file. */
function filesOfUpload(input: ApiParsedInput<'boards.import'>): UploadedFile[] {
  return input.files.map((file) => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') }));
}

/** The board methods of the contract; packs are read by the pack worker. */
export function boardHandlers(store: Store, packs: PackReader) {
  return {
    'boards.list'(): ApiOutput<'boards.list'> {
      return store.boardVersions.newestOfEach().map(summarize);
    },
    /**
     * Validates first, in the pack worker (the app keeps answering meanwhile); only a valid pack is
     * stored, under its content hash, beside older versions.
     */
    async 'boards.import'(input: ApiParsedInput<'boards.import'>): Promise<ApiOutput<'boards.import'>> {
      const result = await packs.read(filesOfUpload(input));
      if (!result.ok && 'unreadable' in result)
        throw new ServiceError('invalid-pack', 'packUnreadable', { file: result.unreadable.file }, [result.unreadable]);
      if (!result.ok)
        throw new ServiceError('invalid-pack', 'packInvalid', { count: result.errors.length }, result.errors);
      const stored = store.boardVersions.store({ ...result, origin: 'imported' });
      return { board: summarize(result), stored };
    },
    'boards.get'(input: ApiParsedInput<'boards.get'>): ApiOutput<'boards.get'> {
      const version = input.hash ? store.boardVersions.get(input.hash) : store.boardVersions.newest(input.boardId);
      if (!version || version.board.meta.id !== input.boardId)
        throw new ServiceError(
          'not-found',
          input.hash ? 'boardVersionNotFound' : 'boardNotFound',
          input.hash ? { board: input.boardId, version: input.hash } : { board: input.boardId },
        );
      return { hash: version.hash, board: version.board, warnings: version.warnings };
    },
  } satisfies HandlerGroup;
}
