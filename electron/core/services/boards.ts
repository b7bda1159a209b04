import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { formatProblem } from '../../../shared/board/problems.ts';
import { loadPack } from '../packs/load.ts';

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

export function boardService(store: Store) {
  return {
    list(): ApiOutput<'boards.list'> {
      return store.boardVersions.newestOfEach().map((version) => ({
        hash: version.hash,
        meta: version.board.meta,
        nodeCount: version.board.nodes.length,
        itemCount: version.board.items.length,
        warningCount: version.warnings.length,
      }));
    },
    get(input: ApiInput<'boards.get'>): ApiOutput<'boards.get'> {
      const version = input.hash ? store.boardVersions.get(input.hash) : store.boardVersions.newest(input.boardId);
      if (!version || version.board.meta.id !== input.boardId)
        throw new ServiceError(
          'not-found',
          `No board '${input.boardId}'${input.hash ? ` at version ${input.hash}` : ''}`,
        );
      return { hash: version.hash, board: version.board, warnings: version.warnings };
    },
  };
}
